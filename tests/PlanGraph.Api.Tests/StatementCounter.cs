namespace PlanGraph.Api.Tests;

/// <summary>Counts the Cypher statements sent to Neo4j (POSTs to the transactional endpoint), then passes them on.</summary>
public sealed class StatementCounter : DelegatingHandler
{
    private int statements;
    private int indexReads;

    public StatementCounter()
        : base(new SocketsHttpHandler())
    {
    }

    public int Statements => Volatile.Read(ref statements);

    /// <summary>Statements that re-read the search index (docs/api.md "Search"): sent when the graph changed since it was read.</summary>
    public int IndexReads => Volatile.Read(ref indexReads);

    public void Reset()
    {
        Interlocked.Exchange(ref statements, 0);
        Interlocked.Exchange(ref indexReads, 0);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.Content is not null)
        {
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            using var json = System.Text.Json.JsonDocument.Parse(body);
            var sent = json.RootElement.GetProperty("statements");
            Interlocked.Add(ref statements, sent.GetArrayLength());
            foreach (var statement in sent.EnumerateArray())
            {
                if (statement.GetProperty("statement").GetString() == PlanGraph.Api.Search.SearchStatements.Entities.Text)
                {
                    Interlocked.Increment(ref indexReads);
                }
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

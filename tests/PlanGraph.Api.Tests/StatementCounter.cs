namespace PlanGraph.Api.Tests;

/// <summary>Counts the Cypher statements sent to Neo4j (POSTs to the transactional endpoint), then passes them on.</summary>
public sealed class StatementCounter : DelegatingHandler
{
    private int statements;

    public StatementCounter()
        : base(new SocketsHttpHandler())
    {
    }

    public int Statements => Volatile.Read(ref statements);

    public void Reset() => Interlocked.Exchange(ref statements, 0);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.Content is not null)
        {
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            var count = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("statements").GetArrayLength();
            Interlocked.Add(ref statements, count);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}

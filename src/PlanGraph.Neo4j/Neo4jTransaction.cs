namespace PlanGraph.Neo4j;

/// <summary>
/// An explicit transaction over HTTP. Not thread-safe: one request at a time. Disposing it rolls it
/// back unless it was committed. After a Neo4j error Neo4j has already rolled it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jHttpClient client;
    private readonly Uri commit;
    private bool finished;

    internal Neo4jTransaction(Neo4jHttpClient client, Uri location, Uri commit)
    {
        this.client = client;
        Location = location;
        this.commit = commit;
    }

    /// <summary>The transaction's URL on the server (e.g. /db/data/transaction/7).</summary>
    public Uri Location { get; }

    /// <summary>True once committed or rolled back (by us, or by the server after an error).</summary>
    public bool IsFinished => finished;

    /// <summary>Runs one statement inside the transaction.</summary>
    public async Task<CypherResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var results = await RunAsync([statement.Bind(parameters)], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Runs one bound statement inside the transaction.</summary>
    public async Task<CypherResult> RunAsync(BoundStatement statement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var results = await RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Runs several statements inside the transaction, in one request.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<BoundStatement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        EnsureOpen();
        var answer = await SendAsync(Location, statements, cancellationToken).ConfigureAwait(false);
        return answer.Results;
    }

    /// <summary>Runs several statements with their parameters inside the transaction, in one request.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<(CypherStatement Statement, IReadOnlyDictionary<string, object?>? Parameters)> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return RunAsync(statements.Select(s => s.Statement.Bind(s.Parameters)).ToList(), cancellationToken);
    }

    /// <summary>Commits everything run so far.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        await SendAsync(commit, [], cancellationToken).ConfigureAwait(false);
        finished = true;
    }

    /// <summary>Undoes everything run so far.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        finished = true;
        await client.DeleteAsync(Location, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rolls back unless committed; failures are swallowed because the server expires the transaction anyway.</summary>
    public async ValueTask DisposeAsync()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.DeleteAsync(Location, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException or OperationCanceledException)
        {
            // Nothing to report to: Neo4j rolls an abandoned transaction back when it expires.
        }
    }

    private async Task<TransactionalAnswer> SendAsync(Uri endpoint, IReadOnlyList<BoundStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            // Only a refused connection is retried: a statement inside a transaction cannot be repeated
            // after a transient error, because the server has rolled the whole transaction back.
            return await client.PostAsync(endpoint, statements, RetrySafety.ConnectionFailures, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            finished = true;
            throw;
        }
    }

    private void EnsureOpen()
    {
        if (finished)
        {
            throw new InvalidOperationException($"Transaction {Location} is already committed or rolled back.");
        }
    }
}

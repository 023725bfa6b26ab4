using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;

namespace PlanGraph.Api.Tests;

/// <summary>
/// The Neo4j the tests use (NEO4J_URL, as ./test sets it), with <see cref="PlanGraphFixture"/> loaded once
/// through the project's own loader, so the API reads exactly what the loader writes.
/// </summary>
public sealed class Neo4jTestServer : IAsyncLifetime
{
    public Neo4jOptions Options { get; } = Neo4jOptions.FromEnvironment();

    public async ValueTask InitializeAsync()
    {
        using var client = new Neo4jHttpClient(Options);
        var loader = new GraphLoader(client);
        await loader.LoadAsync(PlanGraphFixture.Build(), new LoadOptions("api-fixture-1"), null, CancellationToken.None);
    }

    /// <summary>Takes the fixture out again, so the database holds what it held before the tests (a user's seeds).</summary>
    public async ValueTask DisposeAsync()
    {
        using var client = new Neo4jHttpClient(Options);
        var loader = new GraphLoader(client);
        foreach (var document in PlanGraphFixture.Build().Documents)
        {
            await loader.UnloadAsync(document.Id, new LoadOptions("api-fixture-1"), CancellationToken.None);
        }
    }
}

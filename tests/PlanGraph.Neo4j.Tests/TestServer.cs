using PlanGraph.Neo4j;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// The Neo4j the integration tests run against: NEO4J_URL (./test starts the local 3.1.1 and sets it).
/// Every test tags what it creates with its own run id and deletes it afterwards, so the tests never
/// touch data that other tests or the user rely on.
/// </summary>
internal static class TestServer
{
    public static Neo4jOptions Options => Neo4jOptions.FromEnvironment();

    public static Neo4jHttpClient CreateClient() => new(Options);

    public static string NewRunId() => "t-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A label no one else uses, for schema tests (DDL cannot be scoped by a property).</summary>
    public static string NewLabel() => "PlanGraphTest" + Guid.NewGuid().ToString("N")[..10];

    public static async Task CleanUpAsync(Neo4jHttpClient client, string run)
        => await client.RunAsync(TestStatements.DeleteRun, new Dictionary<string, object?> { ["run"] = run }, CancellationToken.None);
}

using PlanGraph.Neo4j.Local;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// One Neo4j of the tests' own (free ports) for the tests that stop the server or need an otherwise
/// empty database; started once for the collection, stopped and deleted at the end.
/// </summary>
public sealed class PrivateNeo4jFixture : IAsyncLifetime
{
    public PrivateNeo4jFixture()
    {
        Settings = new LocalNeo4jSettings(PrivateNeo4j.CacheDirectory(), PrivateNeo4j.FreePort(), PrivateNeo4j.FreePort());
        Server = new LocalNeo4jServer(Settings, TextWriter.Null);
    }

    public LocalNeo4jSettings Settings { get; }

    public LocalNeo4jServer Server { get; }

    public async ValueTask InitializeAsync() => await Server.StartAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Server.StopAsync(CancellationToken.None);
        if (Directory.Exists(Server.InstanceDirectory))
        {
            Directory.Delete(Server.InstanceDirectory, recursive: true);
        }
    }
}

using System.Net;
using System.Net.Sockets;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Local;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// The local Neo4j's life cycle on ports of its own (never the suite's server, never 7474/7687):
/// stale pid file, start, reuse, Bolt, reset, stop.
/// </summary>
public sealed class LocalNeo4jServerTests
{
    private static readonly CypherStatement CountAll = new("test.local.count-all", "MATCH (n) RETURN count(n) AS count");
    private static readonly CypherStatement CreateOne = new("test.local.create-one", "CREATE (:PlanGraphTest {name: $name})");

    [Fact]
    public async Task Start_reuse_bolt_reset_and_stop()
    {
        var ct = TestContext.Current.CancellationToken;
        var httpPort = FreePort();
        var boltPort = FreePort();
        while (boltPort == httpPort)
        {
            boltPort = FreePort();
        }

        var settings = new LocalNeo4jSettings(CacheDirectory(), httpPort, boltPort);
        var progress = new StringWriter();
        var server = new LocalNeo4jServer(settings, progress);
        try
        {
            // A pid file naming a live process that is not our Neo4j (this test process) is stale.
            Directory.CreateDirectory(server.InstanceDirectory);
            await File.WriteAllTextAsync(server.PidFile, Environment.ProcessId + "\n", ct);
            var before = await server.StatusAsync(ct);
            before.Running.ShouldBeFalse();
            before.Detail.ShouldContain("stale pid file");
            File.Exists(server.PidFile).ShouldBeFalse();

            var started = await server.StartAsync(ct);
            started.Running.ShouldBeTrue();
            started.Version.ShouldBe("3.1.1");
            started.ProcessId.ShouldNotBeNull().ShouldNotBe(Environment.ProcessId);
            (await File.ReadAllTextAsync(server.PidFile, ct)).Trim().ShouldBe(started.ProcessId.ToString());

            var again = await server.StartAsync(ct);
            again.ProcessId.ShouldBe(started.ProcessId);
            progress.ToString().ShouldContain("reusing");

            await using (var bolt = await BoltTestClient.ConnectAsync("127.0.0.1", boltPort, ct))
            {
                var records = await bolt.RunAsync("RETURN $text AS text, 40 + 2 AS answer", new() { ["text"] = "浦东新区“十四五”规划\\" + new string('长', 300) }, ct);
                records.ShouldHaveSingleItem().ShouldBe(["浦东新区“十四五”规划\\" + new string('长', 300), 42L]);
            }

            using (var client = new Neo4jHttpClient(new Neo4jOptions(settings.HttpUrl)))
            {
                await client.RunAsync(CreateOne, new Dictionary<string, object?> { ["name"] = "临港" }, ct);
                (await client.RunAsync(CountAll, null, ct)).Single<long>("count").ShouldBe(1);

                await server.ResetAsync(ct);

                (await server.StatusAsync(ct)).Running.ShouldBeTrue("reset restarts a running server");
                using var fresh = new Neo4jHttpClient(new Neo4jOptions(settings.HttpUrl));
                (await fresh.RunAsync(CountAll, null, ct)).Single<long>("count").ShouldBe(0);
            }

            (await server.StopAsync(ct)).ShouldBeTrue();
            (await server.StatusAsync(ct)).Running.ShouldBeFalse();
            File.Exists(server.PidFile).ShouldBeFalse();
            (await BoltProbe.HandshakeAsync("127.0.0.1", boltPort, ct)).ShouldBe(0u);
            (await server.StopAsync(ct)).ShouldBeFalse("nothing left to stop");
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
            if (Directory.Exists(server.InstanceDirectory))
            {
                Directory.Delete(server.InstanceDirectory, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Start_refuses_a_port_held_by_another_process()
    {
        var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        try
        {
            var port = ((IPEndPoint)holder.LocalEndpoint).Port;
            var server = new LocalNeo4jServer(new LocalNeo4jSettings(CacheDirectory(), port, FreePort()), TextWriter.Null);

            var failure = await Should.ThrowAsync<LocalNeo4jException>(() => server.StartAsync(TestContext.Current.CancellationToken));

            failure.Message.ShouldContain($"Port {port}");
            failure.Message.ShouldContain("NEO4J_HTTP_PORT");
        }
        finally
        {
            holder.Stop();
        }
    }

    [Theory]
    [InlineData("NEO4J_HTTP_PORT", "http")]
    [InlineData("NEO4J_BOLT_PORT", "70000")]
    public void Bad_port_setting_is_named_in_the_error(string variable, string value)
    {
        var failure = Should.Throw<ArgumentException>(() => LocalNeo4jSettings.FromEnvironment("/repo", new Dictionary<string, string?> { [variable] = value }));

        failure.Message.ShouldContain(variable);
        failure.Message.ShouldContain(value);
    }

    [Fact]
    public void Ports_come_from_the_environment_and_must_differ()
    {
        var settings = LocalNeo4jSettings.FromEnvironment("/repo", new Dictionary<string, string?> { ["NEO4J_HTTP_PORT"] = "7484", ["NEO4J_BOLT_PORT"] = "7697" });
        settings.HttpUrl.ShouldBe(new Uri("http://127.0.0.1:7484"));
        settings.BoltUrl.ShouldBe(new Uri("bolt://127.0.0.1:7697"));
        settings.CacheDirectory.ShouldBe(Path.Combine("/repo", ".cache", "neo4j"));

        Should.Throw<ArgumentException>(() => LocalNeo4jSettings.FromEnvironment("/repo", new Dictionary<string, string?> { ["NEO4J_HTTP_PORT"] = "7484", ["NEO4J_BOLT_PORT"] = "7484" }));
    }

    private static string CacheDirectory() => PrivateNeo4j.CacheDirectory();

    private static int FreePort() => PrivateNeo4j.FreePort();
}

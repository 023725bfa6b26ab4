using System.Net;
using System.Net.Sockets;

namespace PlanGraph.Neo4j.Tests;

/// <summary>For tests that need a Neo4j of their own (to stop it, reset it): the checkout's cache and free ports.</summary>
internal static class PrivateNeo4j
{
    /// <summary>The checkout's cache, so the distribution ./test provisioned is shared (instances are per port).</summary>
    public static string CacheDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanGraph.sln")))
            {
                return Path.Combine(dir.FullName, ".cache", "neo4j");
            }
        }

        throw new InvalidOperationException("No PlanGraph.sln above the test folder.");
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}

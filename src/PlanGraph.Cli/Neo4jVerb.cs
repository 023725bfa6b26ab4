using PlanGraph.Neo4j.Local;

namespace PlanGraph.Cli;

/// <summary>`plangraph neo4j start|stop|status|reset`: the local Neo4j 3.1.1 (see <see cref="LocalNeo4jServer"/>).</summary>
internal sealed class Neo4jVerb : ICliVerb
{
    public string Name => "neo4j";

    public string Summary => $"neo4j start|stop|status|reset {LocalNeo4jArguments.Usage} — the local Neo4j 3.1.1 (ports from NEO4J_HTTP_PORT / NEO4J_BOLT_PORT)";

    public string Help => """
          start          provision if needed, start, wait until HTTP and Bolt answer
          stop           SIGTERM, wait; SIGKILL only if it ignores SIGTERM for 60 s
          status         running (pid, version, URLs) or stopped
          reset          empty the database (stops and restarts a running server)
          --http-port N  HTTP port (default NEO4J_HTTP_PORT, else 7474); one instance per HTTP port
          --bolt-port N  Bolt port (default NEO4J_BOLT_PORT, else 7687)
          --heap SIZE    Java heap when starting (default NEO4J_HEAP, else 512m), e.g. 2g for large documents
          --timeout S    seconds to wait for the server to answer (start; default 120)

        exit codes: 0 done (status: running); 1 the action failed; 2 usage error; 3 status: not running
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        LocalNeo4jSettings settings;
        List<string> rest;
        try
        {
            settings = LocalNeo4jArguments.Parse(args, out rest);
        }
        catch (Exception e) when (e is ArgumentException or LocalNeo4jException)
        {
            await Console.Error.WriteLineAsync($"plangraph neo4j: {e.Message}");
            return 2;
        }

        if (rest.Count != 1)
        {
            await Console.Error.WriteLineAsync($"usage: ./plangraph {Summary}");
            return 2;
        }

        var server = new LocalNeo4jServer(settings, Console.Out);
        try
        {
            switch (rest[0])
            {
                case "start":
                    await server.StartAsync(cancellationToken);
                    return 0;
                case "stop":
                    Console.WriteLine(await server.StopAsync(cancellationToken)
                        ? $"neo4j: stopped the server on {settings.HttpUrl}."
                        : $"neo4j: not running on {settings.HttpUrl}; nothing to stop.");
                    return 0;
                case "status":
                    var status = await server.StatusAsync(cancellationToken);
                    Console.WriteLine(status.Running
                        ? $"neo4j: running (pid {status.ProcessId}), Neo4j {status.Version}; HTTP {status.HttpUrl}, Bolt {status.BoltUrl}, Browser {status.BrowserUrl}"
                        : $"neo4j: {status.Detail}; HTTP {status.HttpUrl}, Bolt {status.BoltUrl}");
                    // 3 = "not running", as init scripts report it.
                    return status.Running ? 0 : 3;
                case "reset":
                    await server.ResetAsync(cancellationToken);
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"plangraph neo4j: unknown action '{rest[0]}'; usage: ./plangraph {Summary}");
                    return 2;
            }
        }
        catch (LocalNeo4jException e)
        {
            await Console.Error.WriteLineAsync($"plangraph neo4j {rest[0]}: {e.Message}");
            return 1;
        }
    }
}

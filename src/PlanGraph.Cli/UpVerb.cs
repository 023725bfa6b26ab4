using PlanGraph.Neo4j.Local;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph up`: the newcomer's one command. Starts the local Neo4j; later issues add extracting and
/// loading the seeds and serving the API here.
/// </summary>
internal sealed class UpVerb : ICliVerb
{
    public string Name => "up";

    public string Summary => $"up {LocalNeo4jArguments.Usage} — start the local Neo4j (then extract, load and serve, as those are built)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        LocalNeo4jSettings settings;
        try
        {
            settings = LocalNeo4jArguments.Parse(args, out var rest);
            if (rest.Count > 0)
            {
                throw new ArgumentException($"unexpected argument '{rest[0]}'.");
            }
        }
        catch (Exception e) when (e is ArgumentException or LocalNeo4jException)
        {
            await Console.Error.WriteLineAsync($"plangraph up: {e.Message}");
            return 2;
        }

        var server = new LocalNeo4jServer(settings, Console.Out);
        LocalNeo4jStatus status;
        try
        {
            status = await server.StartAsync(cancellationToken);
        }
        catch (LocalNeo4jException e)
        {
            await Console.Error.WriteLineAsync($"plangraph up: {e.Message}");
            return 1;
        }

        Console.WriteLine();
        Console.WriteLine($"Neo4j {status.Version} is running.");
        Console.WriteLine($"  Neo4j Browser: {status.BrowserUrl}  (connect to {status.BoltUrl}, no authentication)");
        Console.WriteLine($"  HTTP API:      {status.HttpUrl}   (NEO4J_URL for the other commands)");
        Console.WriteLine();
        Console.WriteLine("Not built yet: extracting the seeds, loading them into Neo4j, and serving the GraphQL API.");
        Console.WriteLine("Stop Neo4j with `./plangraph neo4j stop`.");
        return 0;
    }
}

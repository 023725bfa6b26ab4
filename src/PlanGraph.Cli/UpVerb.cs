using PlanGraph.Extraction;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Local;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph up`: the newcomer's one command. Starts the local Neo4j; later issues add extracting and
/// loading the seeds and serving the API here.
/// </summary>
internal sealed class UpVerb : ICliVerb
{
    public string Name => "up";

    public string Summary => $"up {LocalNeo4jArguments.Usage} — start the local Neo4j, extract and load seeds/, serve the API (--no-serve, --urls URL)";

    public string Help => $"""
          --http-port N, --bolt-port N, --heap SIZE, --timeout SECONDS   the local Neo4j (as `./plangraph neo4j start`)
          --no-serve                                                     stop after loading the seeds
          --urls URL                                                     where the API listens (default {PlanGraph.Api.Hosting.PlanGraphApi.DefaultUrls})

        exit codes: 0 done (after Ctrl+C when serving); 1 Neo4j did not start, loading failed, or the API's address is in use;
                    2 usage error
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        LocalNeo4jSettings settings;
        var serve = true;
        var serveArgs = new List<string>();
        try
        {
            settings = LocalNeo4jArguments.Parse(args, out var rest);
            serve = !rest.Remove("--no-serve");
            for (var i = 0; i < rest.Count; i++)
            {
                if (rest[i] == "--urls" && i + 1 < rest.Count)
                {
                    serveArgs.AddRange(["--urls", rest[++i]]);
                    continue;
                }

                throw new ArgumentException($"unexpected argument '{rest[i]}'.");
            }
        }
        catch (Exception e) when (e is ArgumentException or LocalNeo4jException)
        {
            await Console.Error.WriteLineAsync($"plangraph up: {e.Message}");
            return 2;
        }

        // The API's address and settings are checked before minutes go into Neo4j and the seeds.
        if (serve && await ServeVerb.CheckAsync("up", serveArgs) is { } refused)
        {
            return refused;
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

        // Extract and load the seeds; unchanged documents are skipped, so a second `up` is quick.
        var seeds = Path.Combine(LocalNeo4jSettings.FindRepositoryRoot(), "seeds");
        Console.WriteLine($"Extracting and loading {seeds} …");
        var extraction = ExtractVerb.Extract(DocumentPaths.Expand([seeds]));
        using (var client = new Neo4jHttpClient(new Neo4jOptions(status.HttpUrl)))
        {
            try
            {
                var report = await new GraphLoader(client).LoadAsync(extraction.Graph, new LoadOptions(GraphExtractor.RulesVersion), LoadProgressPrinter.To(Console.Out), cancellationToken);
                // Counted in Neo4j, as the API and `MATCH (n:Entity) RETURN count(n)` in Neo4j Browser count (Documents included).
                var counts = await client.RunAsync(CliStatements.GraphCounts, null, cancellationToken);
                Console.WriteLine($"Loaded {report.Loaded.Count} document(s), {report.Skipped.Count} unchanged. The graph holds {counts.Value(0, "nodes").GetInt64()} nodes " +
                    $"({counts.Value(0, "documents").GetInt64()} documents and {counts.Value(0, "nodes").GetInt64() - counts.Value(0, "documents").GetInt64()} entities) and {counts.Value(0, "relationships").GetInt64()} relationships between them.");
            }
            catch (Exception e) when (e is Neo4jException or GraphLoadException)
            {
                await Console.Error.WriteLineAsync($"plangraph up: loading the seeds failed: {e.Message}");
                return 1;
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Neo4j {status.Version} is running.");
        Console.WriteLine($"  Neo4j Browser: {status.BrowserUrl}  (connect to {status.BoltUrl}, no authentication)");
        Console.WriteLine($"  HTTP API:      {status.HttpUrl}   (NEO4J_URL for the other commands)");
        Console.WriteLine();
        Console.WriteLine("Try in Neo4j Browser: MATCH (n:Entity) RETURN n.label, count(*)  — and the questions in cypher/queries/.");
        Console.WriteLine("Stop Neo4j with `./plangraph neo4j stop`.");
        if (!serve)
        {
            return 0;
        }

        // The API reads its Neo4j from NEO4J_URL: point it at the server just started.
        Environment.SetEnvironmentVariable("NEO4J_URL", status.HttpUrl.ToString());
        Console.WriteLine("Serving the GraphQL API until Ctrl+C (the IDE is at /graphql in a browser).");
        return await new ServeVerb().RunAsync(serveArgs, cancellationToken);
    }
}

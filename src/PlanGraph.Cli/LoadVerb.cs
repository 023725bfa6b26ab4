using PlanGraph.Core;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Local;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph load PATH… [--force] [--rules-version V] [--unload DOCUMENT-ID]`: extracts documents and
/// folders (or reads graph.json files) and writes them into Neo4j, one transaction per document,
/// skipping unchanged documents.
/// </summary>
internal sealed class LoadVerb : ICliVerb
{
    public string Name => "load";

    public string Summary => "load PATH|GRAPH.json… [--force] [--unload DOC-ID] — extract documents (or read graph.json) and load them into Neo4j (NEO4J_URL)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        var unload = new List<string>();
        var options = new LoadOptions(PlanGraph.Extraction.GraphExtractor.RulesVersion);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--force":
                    options = options with { Force = true };
                    break;
                case "--rules-version" when i + 1 < args.Count:
                    options = options with { RulesVersion = args[++i] };
                    break;
                case "--unload" when i + 1 < args.Count:
                    unload.Add(args[++i]);
                    break;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    await Console.Error.WriteLineAsync($"plangraph load: unknown or incomplete option '{flag}'.");
                    return 2;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0 && unload.Count == 0)
        {
            await Console.Error.WriteLineAsync("plangraph load: give one or more graph.json files (from `plangraph extract`) or --unload DOC-ID.");
            return 2;
        }

        using var client = new Neo4jHttpClient(Connection());
        var loader = new GraphLoader(client);
        var failed = 0;
        try
        {
            foreach (var id in unload)
            {
                var report = await loader.UnloadAsync(id, options, cancellationToken);
                Console.WriteLine($"unloaded {id} ({report.Elapsed.TotalSeconds:0.0} s)");
            }

            foreach (var path in paths)
            {
                GraphDocument graph;
                try
                {
                    graph = ReadGraph(path);
                }
                catch (Exception e) when (e is GraphJsonException or IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"plangraph load: {e.Message}");
                    failed++;
                    continue;
                }

                var progress = new Progress<LoadProgress>(p => Console.Error.WriteLine(
                    $"  [{p.Done}/{p.Total}] {p.DocumentId}: {p.Outcome}" + (p.Outcome == "loaded" ? $" ({p.Nodes} nodes, {p.Relationships} relationships)" : "")));
                var result = await loader.LoadAsync(graph, options, progress, cancellationToken);
                Console.WriteLine($"{path}: loaded {result.Loaded.Count} document(s), {result.Skipped.Count} unchanged; " +
                    $"{result.Nodes} nodes, {result.Relationships} relationships, {result.Evidence} evidence in {result.Elapsed.TotalSeconds:0.0} s (run {result.RunId})");
            }
        }
        catch (GraphLoadException e)
        {
            await Console.Error.WriteLineAsync($"plangraph load: {e.Message} Nothing of that document was written.");
            return 1;
        }
        catch (Neo4jUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"plangraph load: {e.Message} Documents committed before the failure stay loaded; run the same command again to finish (unchanged documents are skipped).");
            return 1;
        }
        catch (Neo4jException e)
        {
            await Console.Error.WriteLineAsync($"plangraph load: Neo4j refused the load: {e.Message} The document being loaded was rolled back.");
            return 1;
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>NEO4J_URL, or the local server on NEO4J_HTTP_PORT when it is not set.</summary>
    internal static Neo4jOptions Connection()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URL")))
        {
            return Neo4jOptions.FromEnvironment();
        }

        var local = LocalNeo4jSettings.FromEnvironment(LocalNeo4jSettings.FindRepositoryRoot());
        return Neo4jOptions.FromEnvironment(new Dictionary<string, string?> { ["NEO4J_URL"] = local.HttpUrl.ToString() });
    }

    /// <summary>A graph.json as written by `plangraph extract`, or documents and folders to extract now.</summary>
    private static GraphDocument ReadGraph(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ExtractVerb.Extract(DocumentPaths.Expand([path])).Graph;
        }

        using var stream = File.OpenRead(path);
        return GraphJson.Read(stream, path);
    }
}

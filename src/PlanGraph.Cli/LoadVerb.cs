using PlanGraph.Core;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Local;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph load PATH… [--force] [--rules-version V] [--unload DOCUMENT-ID]`: extracts documents and
/// folders (or reads graph.json files) and writes them into Neo4j, one transaction per document,
/// skipping unchanged documents. Exit codes as `extract`: 0 all loaded, 1 some failed (each named, the
/// rest loaded), 2 usage error.
/// </summary>
internal sealed class LoadVerb : ICliVerb
{
    public string Name => "load";

    public string Summary => "load PATH|GRAPH.json… [--force] [--unload DOC-ID] — extract documents (or read graph.json) and load them into Neo4j (NEO4J_URL)";

    public string Help => """
          PATH…                documents (.txt, .md, .docx, .html), folders of them, or graph.json files from `plangraph extract`
          --force              reload documents even when their content and the rules are unchanged
          --unload DOC-ID      remove a document and what only it supported (repeatable)
          --rules-version V    record V as the rules version instead of this build's

        Neo4j: NEO4J_URL (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), else the local server on NEO4J_HTTP_PORT.
        Each document is written in one transaction (over 100,000 rows: in bounded transactions, finished by
        the next load if one fails): a document Neo4j refuses is rolled back and named, the others still load.
        A document too large for the server's heap: start it with more (`./plangraph neo4j start --heap 2g`).

        exit codes: 0 every input loaded (or unchanged); 1 some inputs failed (each named on stderr, the others
                    loaded), or Neo4j could not be reached; 2 usage error
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var paths = new List<string>();
        var unload = new List<string>();
        var options = new LoadOptions(PlanGraph.Extraction.GraphExtractor.RulesVersion) { ContinueAfterFailedDocument = true };
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
                    await Console.Error.WriteLineAsync($"plangraph load: unknown or incomplete option '{flag}' (see ./plangraph load --help).");
                    return 2;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0 && unload.Count == 0)
        {
            await Console.Error.WriteLineAsync("plangraph load: give one or more documents, folders or graph.json files (from `plangraph extract`), or --unload DOC-ID.");
            return 2;
        }

        using var client = new Neo4jHttpClient(Connection());
        var loader = new GraphLoader(client);
        var failed = new List<string>();
        var progress = LoadProgressPrinter.To(Console.Error);
        try
        {
            foreach (var id in unload)
            {
                try
                {
                    var report = await loader.UnloadAsync(id, options, cancellationToken);
                    Console.WriteLine($"unloaded {id} ({report.Elapsed.TotalSeconds:0.0} s)");
                }
                catch (GraphLoadException e)
                {
                    await Console.Error.WriteLineAsync($"plangraph load: --unload {id}: {e.Message}");
                    failed.Add(id);
                }
            }

            foreach (var path in paths)
            {
                GraphDocument graph;
                try
                {
                    var read = ReadGraph(path);
                    graph = read.Graph;
                    failed.AddRange(read.Failures);
                }
                catch (Exception e) when (e is GraphJsonException or IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"plangraph load: {e.Message}");
                    failed.Add(path);
                    continue;
                }

                if (graph.Documents.Count == 0)
                {
                    continue;
                }

                LoadReport result;
                try
                {
                    result = await loader.LoadAsync(graph, options, progress, cancellationToken);
                }
                catch (GraphLoadException e)
                {
                    await Console.Error.WriteLineAsync($"plangraph load: {path}: {e.Message} Nothing of it was written.");
                    failed.Add(path);
                    continue;
                }

                foreach (var warning in result.Warnings)
                {
                    await Console.Error.WriteLineAsync($"plangraph load: warning: {warning}");
                }

                foreach (var failure in result.Failed)
                {
                    await Console.Error.WriteLineAsync(LoadProgressPrinter.Describe(failure));
                    failed.Add(failure.FileName);
                }

                Console.WriteLine($"{path}: loaded {result.Loaded.Count} document(s), {result.Skipped.Count} unchanged" + (result.Failed.Count > 0 ? $", {result.Failed.Count} failed" : "") +
                    $"; {result.Nodes} nodes, {result.Relationships} relationships, {result.Evidence} evidence in {result.Elapsed.TotalSeconds:0.0} s (run {result.RunId})");
            }
        }
        catch (Neo4jUnavailableException e)
        {
            // A server that dies in the middle of a large document has often run out of memory.
            var inFlight = progress.InFlight is { } file ? $" It was writing {file}, which was rolled back. If Neo4j's log says OutOfMemoryError: {LoadProgressPrinter.HeapAdvice}" : "";
            await Console.Error.WriteLineAsync($"plangraph load: {e.Message}{inFlight} Documents committed before the failure stay loaded; run the same command again to finish (unchanged documents are skipped).");
            return 1;
        }
        catch (Neo4jException e)
        {
            var inFlight = progress.InFlight is { } file ? $" ({file} was rolled back)" : "";
            await Console.Error.WriteLineAsync($"plangraph load: Neo4j refused the load: {e.Message}{inFlight}" + (LoadProgressPrinter.LooksLikeMemory(e.Message) ? " " + LoadProgressPrinter.HeapAdvice : ""));
            return 1;
        }

        if (failed.Count > 0)
        {
            await Console.Error.WriteLineAsync($"plangraph load: {failed.Count} input(s) failed: {string.Join(", ", failed)}; the others were loaded.");
            return 1;
        }

        return 0;
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

    /// <summary>A graph.json as written by `plangraph extract`, or documents and folders to extract now (with the files that failed).</summary>
    private static (GraphDocument Graph, IReadOnlyList<string> Failures) ReadGraph(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var extraction = ExtractVerb.Extract(DocumentPaths.Expand([path]));
            return (extraction.Graph, [.. extraction.Failures.Select(f => f.FileName)]);
        }

        using var stream = File.OpenRead(path);
        return (GraphJson.Read(stream, path), []);
    }
}

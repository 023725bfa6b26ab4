using PlanGraph.Core;
using PlanGraph.Extraction;

namespace PlanGraph.Cli;

/// <summary>`plangraph extract PATH… [--out graph.json]`: documents to the graph.json format (docs/graph-json.md).</summary>
internal sealed class ExtractVerb : ICliVerb
{
    public string Name => "extract";

    public string Summary => "extract PATH… [--out graph.json] — extract the plan graph from documents or folders (stdout without --out)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        string? output = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Count)
            {
                output = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync($"plangraph extract: unknown or incomplete option '{args[i]}'.");
                return 2;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        var files = DocumentPaths.Expand(paths);
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("plangraph extract: give one or more documents or folders.");
            return 2;
        }

        var result = Extract(files);
        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            GraphJson.Write(stdout, result.Graph);
        }
        else
        {
            using var file = File.Create(output);
            GraphJson.Write(file, result.Graph);
            Console.Error.WriteLine($"wrote {output}: {result.Graph.Documents.Count} documents, {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships");
        }

        return result.Failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Extracts with progress on stderr; bad files are reported and skipped.</summary>
    internal static ExtractionResult Extract(IReadOnlyList<string> files)
    {
        var done = 0;
        var progress = new SynchronousProgress(message =>
        {
            done++;
            Console.Error.WriteLine($"  [{done}/{files.Count}] {message}");
        });
        var result = GraphExtractor.ExtractFiles(files, progress);
        foreach (var failure in result.Failures)
        {
            Console.Error.WriteLine($"plangraph: skipped {failure.Message}");
        }

        return result;
    }

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

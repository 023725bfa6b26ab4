using PlanGraph.Core;
using PlanGraph.Cli.Exports;
using PlanGraph.Extraction;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph extract PATH… [--format json|csv|graphml] [--out PATH]`: documents to graph.json (docs/graph-json.md),
/// CSV files for neo4j-admin import and LOAD CSV, or GraphML (docs/exports.md).
/// </summary>
internal sealed class ExtractVerb : ICliVerb
{
    public string Name => "extract";

    public string Summary => "extract PATH… [--format json|csv|graphml] [--out PATH] — extract the plan graph from documents or folders (json/graphml to stdout without --out; csv needs --out DIR)";

    public string Help => """
          PATH…              documents (.txt, .md, .docx, .html) or folders of them
          --format FORMAT    json (default), csv or graphml
          --out PATH         the file (json, graphml) or folder (csv) to write; without it json/graphml go to stdout.
                             Written to a temporary name and renamed into place only when complete, so a failed run
                             leaves an existing output as it was.

        exit codes: 0 every input extracted; 1 some inputs failed (each named on stderr, the others extracted;
                    when every input failed nothing is written); 2 usage error
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        string? output = null;
        var format = "json";
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Count)
            {
                output = args[++i];
            }
            else if (args[i] == "--format" && i + 1 < args.Count)
            {
                format = args[++i];
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

        if (format is not ("json" or "csv" or "graphml"))
        {
            await Console.Error.WriteLineAsync($"plangraph extract: unknown format '{format}'; use json, csv or graphml.");
            return 2;
        }

        if (format == "csv" && output is null)
        {
            await Console.Error.WriteLineAsync("plangraph extract: --format csv writes several files: give the folder with --out DIR.");
            return 2;
        }

        var files = DocumentPaths.Expand(paths);
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("plangraph extract: give one or more documents or folders.");
            return 2;
        }

        var result = Extract(files);
        if (result.Graph.Documents.Count == 0)
        {
            // Every input failed: an empty graph must not replace a good one.
            await Console.Error.WriteLineAsync($"plangraph extract: no document could be read ({result.Failures.Count} failed); nothing was written.");
            return 1;
        }

        try
        {
            if (format == "csv")
            {
                var written = OutputFiles.WriteDirectory(output!, directory => GraphCsv.Write(directory, result.Graph));
                Console.Error.WriteLine($"wrote {written.Count} CSV files to {output}: {result.Graph.Documents.Count} documents, {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships (import: docs/exports.md)");
            }
            else if (output is null)
            {
                using var stdout = Console.OpenStandardOutput();
                Write(stdout, format, result.Graph);
            }
            else
            {
                OutputFiles.WriteFile(output, stream => Write(stream, format, result.Graph));
                Console.Error.WriteLine($"wrote {output}: {result.Graph.Documents.Count} documents, {result.Graph.Nodes.Count} nodes, {result.Graph.Relationships.Count} relationships");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"plangraph extract: cannot write {output}: {e.Message}");
            return 1;
        }

        if (result.Failures.Count > 0)
        {
            await Console.Error.WriteLineAsync($"plangraph extract: {result.Failures.Count} of {files.Count} input(s) failed (named above); the others were extracted.");
            return 1;
        }

        return 0;
    }

    private static void Write(Stream stream, string format, GraphDocument graph)
    {
        if (format == "graphml")
        {
            GraphMl.Write(stream, graph);
        }
        else
        {
            GraphJson.Write(stream, graph);
        }
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

        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine($"plangraph: warning: {warning}");
        }

        return result;
    }

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

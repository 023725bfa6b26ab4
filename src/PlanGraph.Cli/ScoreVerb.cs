using PlanGraph.Extraction.Quality;

namespace PlanGraph.Cli;

/// <summary>
/// `plangraph score PATH… [--expected DIR] [--details]`: precision, recall and F1 of the extraction against
/// hand-annotated expectations (tests/PlanGraph.Extraction.Tests/Expected by default), as a Markdown table.
/// </summary>
internal sealed class ScoreVerb : ICliVerb
{
    public string Name => "score";

    public string Summary => "score PATH… [--expected DIR] [--details] — precision/recall/F1 of the extraction against annotated expectations";

    public string Help => """
          PATH…            documents or folders of them (e.g. seeds, corpus)
          --expected DIR   the expectation set (default tests/PlanGraph.Extraction.Tests/Expected)
          --details        list what was missed or spurious

        exit codes: 0 scored; 2 usage error or an unreadable expectation set
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var expected = Path.Combine(Environment.GetEnvironmentVariable("PLANGRAPH_ROOT") ?? ".", "tests", "PlanGraph.Extraction.Tests", "Expected");
        var details = false;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--expected" && i + 1 < args.Count)
            {
                expected = args[++i];
            }
            else if (args[i] == "--details")
            {
                details = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync($"plangraph score: unknown or incomplete option '{args[i]}'.");
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
            await Console.Error.WriteLineAsync("plangraph score: give one or more documents or folders (e.g. seeds).");
            return 2;
        }

        ExpectationSet expectations;
        try
        {
            expectations = ExpectationSet.Load(expected);
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            await Console.Error.WriteLineAsync($"plangraph score: {e.Message}");
            return 2;
        }

        var result = ExtractVerb.Extract(files);
        var report = QualityScorer.Score(result.Graph, expectations);
        Console.Out.Write(report.ToMarkdown());
        if (details)
        {
            Console.Out.WriteLine();
            Console.Out.Write(report.ToDetails());
        }

        return 0;
    }
}

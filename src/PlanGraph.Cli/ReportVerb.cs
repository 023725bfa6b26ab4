using PlanGraph.Extraction.Quality;

namespace PlanGraph.Cli;

/// <summary>`plangraph report PATH…`: a data-quality report of what extraction finds in the documents.</summary>
internal sealed class ReportVerb : ICliVerb
{
    public string Name => "report";

    public string Summary => "report PATH… [--all] — counts per label and type, conflicting values, goals with no project, projects with no place";

    public string Help => """
          PATH…    documents or folders of them
          --all    list every finding (default: the first 30 of each kind)

        exit codes: 0 every input read; 1 some inputs failed (each named on stderr); 2 usage error
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var all = args.Contains("--all");
        var unknown = args.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--all");
        if (unknown is not null)
        {
            await Console.Error.WriteLineAsync($"plangraph report: unknown option '{unknown}'.");
            return 2;
        }

        var files = DocumentPaths.Expand(args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)));
        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync("plangraph report: give one or more documents or folders.");
            return 2;
        }

        var result = ExtractVerb.Extract(files);
        Console.Out.Write(GraphAudit.Of(result.Graph, result.Unresolved).ToText(all ? int.MaxValue : 30));
        return result.Failures.Count == 0 ? 0 : 1;
    }
}

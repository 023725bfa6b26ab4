using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using PlanGraph.Neo4j;

namespace PlanGraph.Conformance.Tests.Cypher;

/// <summary>Runs tests/conformance/cypher/lint.js (Neo4j's @neo4j-cypher/language-support) over statements.</summary>
internal static partial class CypherLinter
{
    public static async Task<IReadOnlyList<CypherLintReport>> LintAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var folder = RepositoryPaths.Oracle("cypher");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("lint.js");
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var input = JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, text = s.Text }));
        var stdout = node.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(cancellationToken);
        await node.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
        node.StandardInput.Close();
        await node.WaitForExitAsync(cancellationToken);
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"lint.js exited with {node.ExitCode}: {await stderr}");
        }

        var reports = JsonSerializer.Deserialize<List<CypherLintReport>>(await stdout, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("lint.js printed no report.");
        if (reports.Count != statements.Count)
        {
            throw new InvalidOperationException($"lint.js reported on {reports.Count} of {statements.Count} statements.");
        }

        return reports;
    }

    /// <summary>"Parameter $x is not defined." is expected: the linter has no parameter values (DESIGN.md §1, rule 3).</summary>
    public static bool IsUndefinedParameter(CypherLintDiagnostic diagnostic) => UndefinedParameter().IsMatch(diagnostic.Message);

    [GeneratedRegex(@"^Parameter \$\S+ is not defined\.$")]
    private static partial Regex UndefinedParameter();
}

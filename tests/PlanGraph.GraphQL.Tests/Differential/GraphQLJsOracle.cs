using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>
/// Runs tests/conformance/graphql-js/oracle.js once for a whole corpus and returns graphql-js's verdict
/// for every document (parse, then validate with specifiedRules against the same SDL).
/// </summary>
public static class GraphQLJsOracle
{
    public static string PackageDirectory => Path.Combine(DifferentialCorpus.RepositoryRoot, "tests", "conformance", "graphql-js");

    public static (string GraphQLVersion, IReadOnlyDictionary<string, Verdict> Verdicts) Judge(string schemaPath, IReadOnlyList<CorpusDocument> corpus)
    {
        if (!System.IO.Directory.Exists(Path.Combine(PackageDirectory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                $"graphql-js is not installed in {PackageDirectory}: run scripts/install-test-tools.sh (npm ci there)");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = PackageDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("oracle.js");
        start.ArgumentList.Add(schemaPath);
        start.ArgumentList.Add("-");

        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        // Sources travel as UTF-16 code units: UTF-8 cannot carry the lone surrogates some lexer cases hold.
        var request = corpus.Select(d => new { name = d.Name, codeUnits = d.Source.Select(c => (int)c) });
        node.StandardInput.Write(JsonSerializer.Serialize(request));
        node.StandardInput.Close();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"oracle.js exited with {node.ExitCode}: {stderr.Result}");
        }

        var answer = JsonSerializer.Deserialize<OracleAnswer>(stdout.Result, DifferentialCorpus.JsonOptions)
            ?? throw new InvalidDataException("oracle.js printed nothing");
        return (answer.GraphqlVersion, answer.Results.ToDictionary(r => r.Name, r => new Verdict(r.Verdict, r.Errors), StringComparer.Ordinal));
    }

    private sealed record OracleAnswer(string GraphqlVersion, List<OracleResult> Results);

    private sealed record OracleResult(string Name, string Verdict, List<VerdictError> Errors);
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PlanGraph.GraphQL.Language;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>
/// print(parse(x)) through PlanGraph.GraphQL and through graphql-js (one node process) for the whole
/// differential corpus, its mutations that still parse, and SDL documents: the texts must be equal, and
/// printing is a fixed point (parse(print(parse(x))) prints the same).
/// </summary>
public sealed class PrinterDifferentialTests(ITestOutputHelper output)
{
    // SDL and executable samples for the printer's corners (descriptions, block strings, extensions, wrapping).
    private static IEnumerable<string> Samples() =>
        [DifferentialCorpus.SchemaSource, .. File.ReadAllText(Path.Combine(DifferentialCorpus.Directory, "printer-samples.graphql"), Encoding.UTF8)
            .Split("# ----\n", StringSplitOptions.RemoveEmptyEntries)];

    [Fact]
    public void Printing_agrees_with_graphql_js_and_is_a_fixed_point()
    {
        var corpus = DifferentialCorpus.Load();
        var documents = corpus
            .Concat(MutatedCorpus.Generate(corpus, seed: 7, perDocument: 2))
            .Concat(Samples().Select((source, i) => new CorpusDocument($"sample-{i}", source)))
            .ToList();
        var theirs = Print(documents);
        var compared = 0;
        var disagreements = new List<string>();
        foreach (var document in documents)
        {
            string? ours;
            try
            {
                ours = Printer.Print(Parser.Parse(document.Source));
            }
            catch (GraphQLError)
            {
                ours = null;
            }

            var expected = theirs[document.Name];
            if ((ours is null) != (expected is null))
            {
                disagreements.Add($"{document.Name}: parses here {ours is not null}, in graphql-js {expected is not null}");
                continue;
            }

            if (ours is null)
            {
                continue;
            }

            compared++;
            if (ours != expected)
            {
                disagreements.Add($"{document.Name}:\n--- ours\n{ours}\n--- graphql-js\n{expected}");
            }
            else if (Printer.Print(Parser.Parse(ours)) != ours)
            {
                disagreements.Add($"{document.Name}: printing again changes the text");
            }
        }

        output.WriteLine($"{compared} documents printed identically to graphql-js");
        compared.ShouldBeGreaterThan(300);
        disagreements.ShouldBeEmpty(string.Join("\n\n", disagreements.Take(10)));
    }

    private static Dictionary<string, string?> Print(IReadOnlyList<CorpusDocument> documents)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = GraphQLJsOracle.PackageDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("oracle.js");
        start.ArgumentList.Add("--print");
        start.ArgumentList.Add("-");
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(JsonSerializer.Serialize(documents.Select(d => new { name = d.Name, codeUnits = d.Source.Select(c => (int)c) })));
        node.StandardInput.Close();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"oracle.js --print exited with {node.ExitCode}: {stderr.Result}");
        }

        using var json = JsonDocument.Parse(stdout.Result);
        return json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => r.GetProperty("printed").ValueKind == JsonValueKind.Null ? null : r.GetProperty("printed").GetString(),
            StringComparer.Ordinal);
    }
}

using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PlanGraph.GraphQL.Types;
using Shouldly;
using Xunit;

namespace PlanGraph.GraphQL.Tests.Differential;

/// <summary>
/// Type-system validation (spec §3) against graphql-js buildSchema + validateSchema on a corpus of SDL
/// documents, each rule broken alone and in pairs: verdicts and error counts agree, and where our schema
/// builder accepts the SDL the messages agree too.
/// </summary>
public sealed class SchemaValidationDifferentialTests(ITestOutputHelper output)
{
    // Each case adds types named with {n} (made unique per document) to "type Query { ok: Int }".
    private static readonly (string Name, string Sdl)[] Cases =
    [
        ("valid-object", "type A{n} { id: ID! }"),
        ("valid-interface", "interface I{n} { id: ID! } type A{n} implements I{n} { id: ID! extra(x: Int): String }"),
        ("valid-interface-chain", "interface R{n} { id: ID! } interface I{n} implements R{n} { id: ID! } type A{n} implements I{n} & R{n} { id: ID! }"),
        ("valid-covariant", "interface I{n} { node: I{n} list: [I{n}] } type A{n} implements I{n} { node: A{n}! list: [A{n}!]! }"),
        ("valid-union", "type A{n} { a: Int } type B{n} { b: Int } union U{n} = A{n} | B{n}"),
        ("valid-enum", "enum E{n} { ONE TWO }"),
        ("valid-input", "input In{n} { a: Int b: [String!] c: In{n} }"),
        ("valid-input-nullable-cycle", "input In{n} { self: In{n} list: [In{n}!]! }"),
        ("valid-deprecated-optional", "type A{n} { f(a: Int @deprecated): Int old: Int @deprecated } input In{n} { x: Int @deprecated }"),
        ("valid-oneof", "input In{n} @oneOf { a: Int b: String }"),
        ("valid-directive", "directive @d{n}(a: Int = 1) repeatable on FIELD_DEFINITION | OBJECT"),
        ("no-fields", "type A{n}"),
        ("no-fields-interface", "interface I{n}"),
        ("reserved-type-name", "type __A{n} { a: Int }"),
        ("reserved-field-name", "type A{n} { __a: Int }"),
        ("reserved-argument-name", "type A{n} { a(__x: Int): Int }"),
        ("reserved-enum-value", "enum E{n} { __V }"),
        ("reserved-input-field", "input In{n} { __x: Int }"),
        ("input-as-output", "input In{n} { a: Int } type A{n} { f: In{n} }"),
        ("output-as-argument", "type O{n} { a: Int } type A{n} { f(x: O{n}): Int }"),
        ("output-in-input", "type O{n} { a: Int } input In{n} { o: O{n} }"),
        ("missing-interface-field", "interface I{n} { id: ID! name: String } type A{n} implements I{n} { id: ID! }"),
        ("wrong-interface-field-type", "interface I{n} { id: ID! } type A{n} implements I{n} { id: String }"),
        ("nullable-for-non-null", "interface I{n} { id: ID! } type A{n} implements I{n} { id: ID }"),
        ("missing-interface-argument", "interface I{n} { f(a: Int): Int } type A{n} implements I{n} { f: Int }"),
        ("different-argument-type", "interface I{n} { f(a: Int): Int } type A{n} implements I{n} { f(a: String): Int }"),
        ("extra-required-argument", "interface I{n} { f: Int } type A{n} implements I{n} { f(b: Int!): Int }"),
        ("missing-transitive-interface", "interface R{n} { id: ID! } interface I{n} implements R{n} { id: ID! } type A{n} implements I{n} { id: ID! }"),
        ("duplicate-interface", "interface I{n} { id: ID! } type A{n} implements I{n} & I{n} { id: ID! }"),
        ("self-implementing-interface", "interface I{n} implements I{n} { id: ID! }"),
        ("implements-object", "type O{n} { id: ID! } type A{n} implements O{n} { id: ID! }"),
        ("empty-union", "union U{n}"),
        ("duplicate-union-member", "type A{n} { a: Int } union U{n} = A{n} | A{n}"),
        ("union-of-interface", "interface I{n} { id: ID! } union U{n} = I{n}"),
        ("empty-enum", "enum E{n}"),
        ("empty-input", "input In{n}"),
        ("non-null-input-cycle", "input In{n} { self: In{n}! }"),
        ("long-input-cycle", "input In{n} { b: InB{n}! } input InB{n} { c: InC{n}! } input InC{n} { a: In{n}! }"),
        ("deprecated-required-argument", "type A{n} { f(a: Int! @deprecated): Int }"),
        ("deprecated-required-input-field", "input In{n} { a: Int! @deprecated }"),
        ("oneof-non-null", "input In{n} @oneOf { a: Int! b: String }"),
        ("oneof-default", "input In{n} @oneOf { a: Int = 1 b: String }"),
        ("directive-input-argument-type", "type O{n} { a: Int } directive @d{n}(o: O{n}) on FIELD"),
        ("directive-reserved-name", "directive @__d{n} on FIELD"),
        ("unknown-type", "type A{n} { f: Missing{n} }"),
        ("duplicate-type", "type A{n} { a: Int } type A{n} { b: Int }"),
    ];

    private static IReadOnlyList<CorpusDocument> Corpus()
    {
        var documents = new List<CorpusDocument>();
        for (var i = 0; i < Cases.Length; i++)
        {
            documents.Add(new CorpusDocument(Cases[i].Name, "type Query { ok: Int }\n" + Cases[i].Sdl.Replace("{n}", "1", StringComparison.Ordinal)));
        }

        // Pairs of independent problems: the counts must add up the same way on both sides.
        for (var i = 0; i < Cases.Length; i++)
        {
            var other = Cases[(i * 7 + 3) % Cases.Length];
            if (other.Name == Cases[i].Name || other.Name is "duplicate-type" || Cases[i].Name is "duplicate-type")
            {
                continue;
            }

            documents.Add(new CorpusDocument($"{Cases[i].Name}+{other.Name}",
                "type Query { ok: Int }\n" + Cases[i].Sdl.Replace("{n}", "1", StringComparison.Ordinal) + "\n" + other.Sdl.Replace("{n}", "2", StringComparison.Ordinal)));
        }

        documents.Add(new CorpusDocument("no-query-root", "type NotQuery { a: Int }"));
        documents.Add(new CorpusDocument("schema-with-roots", "schema { query: Q mutation: M } type Q { a: Int } type M { b: Int }"));
        return documents;
    }

    [Fact]
    public void Verdicts_and_error_counts_agree_with_graphql_js()
    {
        var corpus = Corpus();
        corpus.Count.ShouldBeGreaterThanOrEqualTo(80);
        var theirs = Judge(corpus);
        var disagreements = new List<string>();
        var messagesCompared = 0;
        foreach (var document in corpus)
        {
            List<string> ours;
            var built = true;
            try
            {
                ours = [.. SchemaValidator.Validate(SchemaBuilder.Build(document.Source)).Select(e => e.Message)];
            }
            catch (GraphQLError error)
            {
                ours = [error.Message];
                built = false;
            }

            var (verdict, errors) = theirs[document.Name];
            if ((ours.Count == 0 ? "valid" : "invalid") != verdict || ours.Count != errors.Count)
            {
                disagreements.Add($"{document.Name}: ours {ours.Count} [{string.Join(" | ", ours)}], graphql-js {verdict} {errors.Count} [{string.Join(" | ", errors)}]");
            }
            else if (built && ours.Count > 0)
            {
                messagesCompared++;
                if (!ours.Order().SequenceEqual(errors.Order()))
                {
                    disagreements.Add($"{document.Name}: messages ours [{string.Join(" | ", ours)}], graphql-js [{string.Join(" | ", errors)}]");
                }
            }
        }

        output.WriteLine($"{corpus.Count} SDL documents; messages compared on {messagesCompared}");
        disagreements.ShouldBeEmpty(string.Join("\n", disagreements));
    }

    private static Dictionary<string, (string Verdict, List<string> Errors)> Judge(IReadOnlyList<CorpusDocument> corpus)
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
        start.ArgumentList.Add("--schema");
        start.ArgumentList.Add("-");
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(JsonSerializer.Serialize(corpus.Select(d => new { name = d.Name, source = d.Source })));
        node.StandardInput.Close();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"oracle.js --schema exited with {node.ExitCode}: {stderr.Result}");
        }

        using var json = JsonDocument.Parse(stdout.Result);
        return json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => (r.GetProperty("verdict").GetString()!, r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList()),
            StringComparer.Ordinal);
    }
}

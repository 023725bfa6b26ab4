using System.Text.Json.Nodes;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// documentText over the loaded seeds: the original lines the evidence counts, bounded and validated, with
/// clear GraphQL errors for bad input, in one Cypher statement like every request.
/// </summary>
[Collection(SeedExplorerCollection.Name)]
public sealed class DocumentTextApiTests(SeedApi api)
{
    private const string Query = """
        query($id: ID!, $from: Int!, $to: Int!) {
          documentText(documentId: $id, fromLine: $from, toLine: $to) { documentId title fileName lineCount fromLine toLine lines { number text } }
        }
        """;

    [Fact]
    public async Task The_lines_an_evidence_names_hold_its_sentence()
    {
        var data = await api.DataAsync("""
            { projects(where: {name: {eq: "14T超高场磁共振成像研究平台"}}) { nodes { goals { edges { evidence { documentId firstLine lastLine quote } } } } } }
            """);
        var evidence = data["projects"]!["nodes"]![0]!["goals"]!["edges"]![0]!["evidence"]![0]!;
        var first = evidence["firstLine"]!.GetValue<int>();
        var last = evidence["lastLine"]!.GetValue<int>();

        var text = (await api.DataAsync(Query, new { id = evidence["documentId"]!.GetValue<string>(), from = first, to = last }))["documentText"]!;
        text["title"]!.GetValue<string>().ShouldBe("福田区“十四五”规划纲要");
        text["fileName"]!.GetValue<string>().ShouldBe("futian-14th-five-year-plan-outline.txt");
        text["fromLine"]!.GetValue<int>().ShouldBe(first);
        text["toLine"]!.GetValue<int>().ShouldBe(last);
        var lines = text["lines"]!.AsArray();
        lines.Select(l => l!["number"]!.GetValue<int>()).ShouldBe(Enumerable.Range(first, last - first + 1));
        string.Concat(lines.Select(l => l!["text"]!.GetValue<string>())).ShouldContain("14T超高场磁共振成像研究平台");

        // The stored lines are the file's lines.
        var file = await File.ReadAllLinesAsync(Path.Combine(Path.GetDirectoryName(RepositoryRoot.Find())!, "seeds", "futian-14th-five-year-plan-outline.txt"), TestContext.Current.CancellationToken);
        text["lineCount"]!.GetValue<int>().ShouldBeInRange(file.Length, file.Length + 1);
        lines[0]!["text"]!.GetValue<string>().ShouldBe(file[first - 1]);
    }

    [Fact]
    public async Task Lines_past_the_end_are_cut_and_an_unknown_document_is_null()
    {
        var id = (await api.DataAsync("""{ documents(where: {fileName: {eq: "futian-14th-five-year-plan-outline.txt"}}) { nodes { id } } }"""))["documents"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var end = (await api.DataAsync(Query, new { id, from = 1, to = 1 }))["documentText"]!["lineCount"]!.GetValue<int>();

        var tail = (await api.DataAsync(Query, new { id, from = end - 2, to = end + 100 }))["documentText"]!;
        tail["toLine"]!.GetValue<int>().ShouldBe(end);
        tail["lines"]!.AsArray().Count.ShouldBe(3);
        var beyond = (await api.DataAsync(Query, new { id, from = end + 10, to = end + 20 }))["documentText"]!;
        beyond["lines"]!.AsArray().ShouldBeEmpty();
        beyond["toLine"]!.GetValue<int>().ShouldBe(end + 9);

        (await api.DataAsync(Query, new { id = "document:none", from = 1, to = 10 }))["documentText"].ShouldBeNull();
    }

    [Theory]
    [InlineData(0, 10, "documentText: fromLine must be 1 or more, got 0.")]
    [InlineData(-5, 10, "documentText: fromLine must be 1 or more, got -5.")]
    [InlineData(20, 10, "documentText: toLine (10) must not be before fromLine (20).")]
    [InlineData(1, 501, "documentText: at most 500 lines per request, asked for 501 (lines 1–501).")]
    public async Task Bad_ranges_are_clear_graphql_errors(int from, int to, string message)
    {
        var before = api.Counter.Statements;
        var (status, body) = await api.PostAsync(Query, new { id = "document:x", from, to });
        status.ShouldBe(200);
        body["data"]!["documentText"].ShouldBeNull();
        var error = body["errors"]!.AsArray().Single()!;
        error["message"]!.GetValue<string>().ShouldBe(message);
        error["path"]!.AsArray().Single()!.GetValue<string>().ShouldBe("documentText");
        api.Counter.Statements.ShouldBe(before, "a bad range never reaches Neo4j");
    }

    [Fact]
    public async Task Missing_or_mistyped_arguments_are_rejected_by_the_schema()
    {
        var (_, missing) = await api.PostAsync("{ documentText(documentId: \"document:x\", fromLine: 1) { lineCount } }");
        missing["errors"]!.AsArray().Single()!["message"]!.GetValue<string>().ShouldContain("toLine");
        var (_, mistyped) = await api.PostAsync("{ documentText(documentId: \"document:x\", fromLine: \"one\", toLine: 2) { lineCount } }");
        mistyped["errors"]!.AsArray().Single()!["message"]!.GetValue<string>().ShouldContain("Int");
    }
}

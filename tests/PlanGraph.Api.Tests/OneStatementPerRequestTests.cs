using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>However wide and deep a request is, the API sends Neo4j exactly one Cypher statement for it.</summary>
public sealed class OneStatementPerRequestTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_wide_deep_request_is_one_statement()
    {
        // The first search reads the search index (one request of its own, docs/api.md "Search"); after that
        // every request, search included, is one statement. Other tests write to the same Neo4j in parallel, and a
        // search that sees the graph changed re-reads the index before it answers: then the whole unit is run again.
        for (var attempt = 1; ; attempt++)
        {
            await api.DataAsync("{ plans(first: 1) { totalCount } search(text: \"研发\") { matched } }");
            api.Counter.Reset();
            var data = await WideDeepRequest();
            if (api.Counter.IndexReads > 0 && attempt < 5)
            {
                continue;
            }

            api.Counter.IndexReads.ShouldBe(0, "the graph kept changing under five attempts");
            api.Counter.Statements.ShouldBe(1);
            data["plans"]!["nodes"]!.AsArray().Count.ShouldBe(2);
            data["node"]!["projectsIncludingSubGoals"]!["totalCount"]!.GetValue<int>().ShouldBe(4);
            break;
        }
    }

    private Task<System.Text.Json.Nodes.JsonObject> WideDeepRequest()
        => api.DataAsync(
            """
            {
              plans(where: {id: {startsWith: "apitest:"}}) { nodes { name goals { nodes { name subGoals { nodes { name projects { edges { evidence { quote } node { name places { nodes { name } } institutions { edges { role node { name } } } } } } } } } } targets { nodes { value indicator { name } } } } }
              places(where: {id: {startsWith: "apitest:"}}, order: [{projectsCount: DESC}]) { nodes { name projects { totalCount } } }
              search(text: "研发") { matched node { name } }
              node(id: "apitest:goal:hetao") { ... on Goal { projectsIncludingSubGoals { totalCount } } }
              counts { nodes { label count } }
            }
            """);

    [Fact]
    public async Task A_refused_request_sends_nothing()
    {
        api.Counter.Reset();
        var (status, _) = await api.PostAsync("{ goals { nodes { budget } } }", accept: "application/graphql-response+json");
        status.ShouldBe(400);
        api.Counter.Statements.ShouldBe(0);
    }

    [Fact]
    public async Task A_repeated_request_answers_the_same_from_the_compiled_cache_with_one_statement_each()
    {
        const string query = "query($name: String) { goals(where: {name: {eq: $name}, id: {startsWith: \"apitest:\"}}) { nodes { projects { nodes { name } } } } }";
        api.Counter.Reset();
        var first = await api.DataAsync(query, new { name = "开展关键核心技术攻关" });
        var second = await api.DataAsync(query, new { name = "开展关键核心技术攻关" });
        var other = await api.DataAsync(query, new { name = "研发投入倍增计划" });
        api.Counter.Statements.ShouldBe(3);
        System.Text.Json.Nodes.JsonNode.DeepEquals(first, second).ShouldBeTrue();
        first["goals"]!["nodes"]![0]!["projects"]!["nodes"]![0]!["name"]!.GetValue<string>().ShouldBe("深圳国际量子研究院");
        other["goals"]!["nodes"]![0]!["projects"]!["nodes"]![0]!["name"]!.GetValue<string>().ShouldBe("深圳国际量子研究院");
    }

    [Fact]
    public async Task A_repeated_request_without_variables_reuses_its_operations_statement_and_each_operation_has_its_own()
    {
        const string Document = """
            query Direct { goals(where: {name: {eq: "开展关键核心技术攻关"}, id: {startsWith: "apitest:"}}) { nodes { name projects { nodes { name } } } } }
            query Doubling { goals(where: {name: {eq: "研发投入倍增计划"}, id: {startsWith: "apitest:"}}) { nodes { name } } }
            """;
        api.Counter.Reset();
        var answers = new List<System.Text.Json.Nodes.JsonNode>();
        foreach (var operation in new[] { "Direct", "Doubling", "Direct", "Doubling" })
        {
            answers.Add(await DataOfAsync(Document, operation));
        }

        api.Counter.Statements.ShouldBe(4);
        Same(answers[0], """{"goals":{"nodes":[{"name":"开展关键核心技术攻关","projects":{"nodes":[{"name":"深圳国际量子研究院"}]}}]}}""");
        Same(answers[1], """{"goals":{"nodes":[{"name":"研发投入倍增计划"}]}}""");
        Same(answers[2], answers[0].ToJsonString());
        Same(answers[3], answers[1].ToJsonString());

        // A refused field beside an answered one: refused again the next time, the other answered again.
        const string PartlyRefused = """{ documentText(documentId: "document:x", fromLine: 0, toLine: 2) { lineCount } plans(where: {id: {startsWith: "apitest:"}}) { totalCount } }""";
        for (var i = 0; i < 2; i++)
        {
            var (status, body) = await api.PostAsync(PartlyRefused);
            status.ShouldBe(200);
            body["errors"]!.AsArray().ShouldHaveSingleItem()!["path"]![0]!.GetValue<string>().ShouldBe("documentText", body.ToJsonString());
            body["data"]!["plans"]!["totalCount"]!.GetValue<int>().ShouldBe(2, body.ToJsonString());
        }
    }

    private static void Same(System.Text.Json.Nodes.JsonNode actual, string expected)
        => System.Text.Json.Nodes.JsonNode.DeepEquals(actual, System.Text.Json.Nodes.JsonNode.Parse(expected)).ShouldBeTrue($"got {actual.ToJsonString()}");

    private async Task<System.Text.Json.Nodes.JsonNode> DataOfAsync(string document, string operationName)
    {
        var payload = System.Text.Json.JsonSerializer.Serialize(new { query = document, operationName });
        using var content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json");
        using var response = await api.Http.PostAsync(new Uri(api.BaseAddress, "/graphql"), content, TestContext.Current.CancellationToken);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        body["errors"].ShouldBeNull();
        return body["data"]!;
    }
}

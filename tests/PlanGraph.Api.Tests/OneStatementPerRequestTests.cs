using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>However wide and deep a request is, the API sends Neo4j exactly one Cypher statement for it.</summary>
public sealed class OneStatementPerRequestTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_wide_deep_request_is_one_statement()
    {
        await api.DataAsync("{ plans(first: 1) { totalCount } }");
        api.Counter.Reset();
        var data = await api.DataAsync(
            """
            {
              plans(where: {id: {startsWith: "apitest:"}}) { nodes { name goals { nodes { name subGoals { nodes { name projects { edges { evidence { quote } node { name places { nodes { name } } institutions { edges { role node { name } } } } } } } } } } targets { nodes { value indicator { name } } } } }
              places(where: {id: {startsWith: "apitest:"}}, order: [{projectsCount: DESC}]) { nodes { name projects { totalCount } } }
              search(text: "研发") { matched node { name } }
              node(id: "apitest:goal:hetao") { ... on Goal { projectsIncludingSubGoals { totalCount } } }
              counts { nodes { label count } }
            }
            """);
        api.Counter.Statements.ShouldBe(1);
        data["plans"]!["nodes"]!.AsArray().Count.ShouldBe(2);
        data["node"]!["projectsIncludingSubGoals"]!["totalCount"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task A_refused_request_sends_nothing()
    {
        api.Counter.Reset();
        var (status, _) = await api.PostAsync("{ goals { nodes { budget } } }");
        status.ShouldBe(400);
        api.Counter.Statements.ShouldBe(0);
    }
}

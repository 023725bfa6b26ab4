using System.Text.Json.Nodes;
using PlanGraph.Api.Compilation;
using PlanGraph.Neo4j;
using Shouldly;
using static PlanGraph.Api.Tests.Select;

namespace PlanGraph.Api.Tests;

/// <summary>The compiler's statements run on a real Neo4j holding the fixture; answers checked against the fixture's facts.</summary>
public sealed class CompilerTests(Neo4jTestServer server)
{
    private async Task<JsonObject> Run(params FieldSelection[] root)
    {
        using var client = new Neo4jHttpClient(server.Options);
        var compiled = new CypherQueryCompiler().Compile(root);
        return compiled.ToData(await client.RunAsync(compiled.Statement, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Plans_are_listed_with_total_count_and_properties()
    {
        var data = await Run(F("plans", M(("where", Mine()), ("order", L(M(("name", "ASC"))))),
            F("totalCount"), F("nodes", F("name"), F("startYear"), F("endYear"), F("__typename"))));
        data["plans"]!["totalCount"]!.GetValue<int>().ShouldBe(2);
        var names = data["plans"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
        names.ShouldContain("福田区科技创新“十四五”规划");
        data["plans"]!["nodes"]![0]!["startYear"]!.GetValue<int>().ShouldBe(2021);
        data["plans"]!["nodes"]![0]!["__typename"]!.GetValue<string>().ShouldBe("Plan");
    }

    [Fact]
    public async Task Projects_supporting_a_goal_including_sub_goals_carry_the_supporting_sentence()
    {
        var data = await Run(F("goals", M(("where", Mine(("name", M(("eq", "高标准建设河套深港科技创新合作区")))))),
            F("nodes", F("name"),
                F("projects", F("totalCount")),
                F("projectsIncludingSubGoals", M(("order", L(M(("name", "ASC"))))), F("totalCount"),
                    F("edges", F("node", F("name")), F("evidence", F("quote"), F("documentId"), F("firstLine")))))));
        var goal = data["goals"]!["nodes"]![0]!;
        goal["projects"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
        goal["projectsIncludingSubGoals"]!["totalCount"]!.GetValue<int>().ShouldBe(4);
        var edges = goal["projectsIncludingSubGoals"]!["edges"]!.AsArray();
        edges.Select(e => e!["node"]!["name"]!.GetValue<string>()).ShouldBe(
            ["南开大学-牛津大学联合研究院（深圳）", "国家药监局药品和医疗器械技术审评检查大湾区分中心", "未来网络试验设施（深圳中心）", "深圳国际量子研究院"]);
        var quantum = edges.Single(e => e!["node"]!["name"]!.GetValue<string>() == "深圳国际量子研究院")!;
        quantum["evidence"]![0]!["quote"]!.GetValue<string>().ShouldBe("依托国际量子研究中心，推动大湾区量子科技力量发展。");
        quantum["evidence"]![0]!["documentId"]!.GetValue<string>().ShouldBe(PlanGraphFixture.OutlineDoc);
        quantum["evidence"]![0]!["firstLine"]!.GetValue<int>().ShouldBe(277);
    }

    [Fact]
    public async Task Every_request_is_one_statement_with_values_only_as_parameters()
    {
        var compiled = new CypherQueryCompiler().Compile(
        [
            F("plans", M(("where", Mine(("name", M(("contains", "'}) DETACH DELETE n //")))))), F("totalCount")),
            F("search", M(("text", "河套\" OR 1=1")), F("matched")),
        ]);
        compiled.Statement.Statement.Text.ShouldNotContain("DETACH");
        compiled.Statement.Statement.Text.ShouldNotContain("河套");
        compiled.Statement.Parameters.Values.ShouldContain("'}) DETACH DELETE n //");
        using var client = new Neo4jHttpClient(server.Options);
        var result = await client.RunAsync(compiled.Statement, TestContext.Current.CancellationToken);
        compiled.ToData(result)["plans"]!["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public void A_root_sorted_by_a_count_it_returns_counts_once()
    {
        // The list comprehension that projects the page would count again per item, interpreted on 3.1 (docs/api.md).
        var root = RepresentativeSelections.All.Single(s => s.Name == "root-sorted-by-a-count-it-returns").Root;
        var text = new CypherQueryCompiler().Compile(root).Statement.Statement.Text;
        text.Split("LOCATED_IN").Length.ShouldBe(2);
        text.ShouldContain("f1: k");
    }

    public static TheoryData<string> Samples => [.. RepresentativeSelections.Queries.Select(q => q.Name)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_representative_statement_runs_on_the_server(string sample)
    {
        var root = RepresentativeSelections.All.Single(s => s.Name == sample).Root;
        var compiled = new CypherQueryCompiler().Compile(root);
        using var client = new Neo4jHttpClient(server.Options);
        var result = await client.RunAsync(compiled.Statement, TestContext.Current.CancellationToken);
        result.Rows.Count.ShouldBe(1);
        compiled.ToData(result).Count.ShouldBe(root.Count);
    }

    [Fact]
    public async Task The_sdl_and_the_representative_queries_are_valid_for_graphql_js()
    {
        var web = Path.Combine(Path.GetDirectoryName(PlanGraph.Api.Tests.RepositoryRoot.Find())!, "web");
        var input = System.Text.Json.JsonSerializer.Serialize(new
        {
            sdl = PlanGraph.Api.Schema.PlanGraphSdl.Text,
            queries = RepresentativeSelections.Queries.Select(q => new { name = q.Name, query = q.Query }),
        });
        var start = new System.Diagnostics.ProcessStartInfo("node", "validate-queries.js") { WorkingDirectory = web, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = System.Diagnostics.Process.Start(start)!;
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        node.ExitCode.ShouldBe(0, errors);
        var report = JsonNode.Parse(output)!.AsArray();
        report.Count.ShouldBe(RepresentativeSelections.Queries.Count);
        report.Where(r => r!["errors"]!.AsArray().Count > 0).Select(r => r!.ToJsonString()).ShouldBeEmpty();
    }

    [Fact]
    public void The_plan_graph_schema_passes_type_system_validation()
        => PlanGraph.GraphQL.Types.SchemaValidator.Validate(PlanGraph.GraphQL.Types.SchemaBuilder.Build(PlanGraph.Api.Schema.PlanGraphSdl.Text))
            .Select(e => e.Message).ShouldBeEmpty();
}

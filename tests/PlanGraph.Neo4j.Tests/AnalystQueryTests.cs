using System.Text.Json;
using PlanGraph.Neo4j.Loading;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>
/// Every query of cypher/queries runs on Neo4j 3.1 with the example parameters of its header (or the
/// fixture's own names, see FixtureParameters) and
/// gives the answer worked out by hand for the loaded fixture (LoadFixture). Runs on the private
/// server so that no other test's data can enter the answers.
/// </summary>
[Collection(PrivateNeo4jCollection.Name)]
public sealed class AnalystQueryTests(PrivateNeo4jFixture neo4j)
{
    /// <summary>
    /// The headers' examples name things of the seeds (SeedAnalystQueryTests checks they answer there); where
    /// the fixture names them differently, its own names stand in.
    /// </summary>
    private static readonly Dictionary<string, (string Key, object? Value)[]> FixtureParameters = new()
    {
        ["01-projects-supporting-goal"] = [("goal", "打造中央创新区")],
        ["02-places-hosting-projects-for-goal"] = [("goal", "打造中央创新区")],
        ["10-document-contents"] = [("fileName", "outline.txt")],
        ["11-evidence-of-a-relationship"] = [("from", "深圳国际量子研究院"), ("to", "河套深港科技创新合作区")],
    };

    private static readonly Dictionary<string, Action<List<Dictionary<string, JsonElement>>>> Expectations = new()
    {
        ["01-projects-supporting-goal"] = rows => Pairs(rows, "project", "viaGoal").ShouldBe(
            ["深圳国际量子研究院 / 打造中央创新区", "湾区数字经济算力中心 / 打造中央创新区", "香港大学深圳研究院 / 高标准规划建设河套深港科技创新合作区"], ignoreOrder: true),
        ["02-places-hosting-projects-for-goal"] = rows =>
        {
            rows.ShouldHaveSingleItem();
            rows[0]["place"].GetString().ShouldBe("河套深港科技创新合作区");
            rows[0]["projectCount"].GetInt64().ShouldBe(2);
            Strings(rows[0]["projects"]).ShouldBe(["深圳国际量子研究院", "香港大学深圳研究院"], ignoreOrder: true);
        },
        ["03-plan-targets-with-evidence"] = rows =>
        {
            rows.ShouldHaveSingleItem();
            rows[0]["indicator"].GetString().ShouldBe("全社会研发投入");
            rows[0]["year"].GetInt64().ShouldBe(2025);
            rows[0]["value"].GetString().ShouldBe("200");
            rows[0]["unit"].GetString().ShouldBe("亿元");
            rows[0]["quote"].GetString()!.ShouldContain("全社会研发投入 2025 目标");
            rows[0]["line"].GetInt64().ShouldBe(12);
        },
        ["04-goals-without-projects"] = rows => Pairs(rows, "plan", "goal").ShouldBe(["福田区“十四五”规划纲要 / 着力建设碧水空间"]),
        ["05-entities-in-several-documents"] = rows => Pairs(rows, "label", "name").ShouldBe(["Place / 河套深港科技创新合作区", "Project / 深圳国际量子研究院"]),
        ["06-place-neighbourhood"] = rows =>
        {
            rows.ShouldHaveSingleItem();
            Strings(rows[0]["within"]).ShouldBe(["福田区"]);
            Strings(rows[0]["contains"]).ShouldBeEmpty();
            Strings(rows[0]["projects"]).ShouldBe(["深圳国际量子研究院", "香港大学深圳研究院"], ignoreOrder: true);
            Strings(rows[0]["institutions"]).Distinct().ShouldBe(["鹏城实验室"]);
        },
        ["07-plan-citations"] = rows => Pairs(rows, "plan", "refersTo").ShouldBe(["福田区科技创新“十四五”规划 / 福田区“十四五”规划纲要"]),
        ["08-conflicting-targets"] = rows =>
        {
            rows.ShouldHaveSingleItem();
            rows[0]["indicator"].GetString().ShouldBe("全社会研发投入");
            Strings(rows[0]["byPlan"]).ShouldBe(["福田区“十四五”规划纲要: 200", "福田区科技创新“十四五”规划: 250"], ignoreOrder: true);
        },
        ["09-indicator-across-plans"] = rows => Pairs(rows, "plan", "value").ShouldBe(["福田区“十四五”规划纲要 / 200", "福田区科技创新“十四五”规划 / 250"], ignoreOrder: true),
        ["10-document-contents"] = rows => Pairs(rows, "label", "mentioned").ShouldBe(["Place / 1", "Project / 1"]),
        ["11-evidence-of-a-relationship"] = rows =>
        {
            rows.Count.ShouldBe(2);
            rows.ShouldAllBe(r => r["relation"].GetString() == "LOCATED_IN" && r["rule"].GetString() == "fixture.rule" && r["firstLine"].GetInt64() == 12);
            rows.Select(r => r["document"].GetString()).ShouldBe(["福田区国民经济和社会发展第十四个五年规划纲要", "福田区科技创新“十四五”规划"], ignoreOrder: true);
        },
        ["12-evidence-of-a-node"] = rows =>
        {
            rows.ShouldHaveSingleItem();
            rows[0]["document"].GetString().ShouldBe("福田区科技创新“十四五”规划");
            rows[0]["quote"].GetString()!.ShouldContain("鹏城实验室");
        },
        ["13-institutions-by-projects"] = rows =>
        {
            rows.ShouldHaveSingleItem();
            rows[0]["projectCount"].GetInt64().ShouldBe(2);
            Strings(rows[0]["roles"]).ShouldBe(["依托", "联合共建"], ignoreOrder: true);
        },
        ["14-projects-without-place"] = rows => rows.Select(r => r["project"].GetString()).ShouldBe(["湾区数字经济算力中心"]),
        ["15-goal-tree"] = rows =>
        {
            rows.Count.ShouldBe(2);
            var central = rows.Single(r => r["goal"].GetString() == "打造中央创新区");
            Strings(central["subGoals"]).ShouldBe(["高标准规划建设河套深港科技创新合作区"]);
            central["directProjects"].GetInt64().ShouldBe(2);
            rows.Single(r => r["goal"].GetString() == "着力建设碧水空间")["directProjects"].GetInt64().ShouldBe(0);
        },
        ["16-graph-inventory"] = rows => Pairs(rows, "label", "nodes").ShouldBe(
            ["Document / 2", "Goal / 3", "Indicator / 1", "Institution / 1", "Place / 2", "Plan / 2", "Project / 3", "Target / 2"]),
        ["17-load-history"] = rows =>
        {
            rows.ShouldNotBeEmpty();
            Strings(rows[0]["loaded"]).Count.ShouldBe(2);
            rows[0]["rules"].GetString().ShouldBe("analyst-pack");
        },
    };

    public static TheoryData<string> QueryFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AnalystPackFiles.CypherDirectory(), "queries"), "*.cypher").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void Every_query_file_has_an_expected_answer_and_at_least_fifteen_exist()
    {
        var files = QueryFiles().Select(row => row.Data).ToList();
        files.Count.ShouldBeGreaterThanOrEqualTo(15);
        // Every query needs an expected answer, and every answer a query.
        files.ShouldBe([.. Expectations.Keys.Order(StringComparer.Ordinal)]);
    }

    [Theory]
    [MemberData(nameof(QueryFiles))]
    public async Task Query_gives_the_expected_answer_on_Neo4j_3_1(string name)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new Neo4jHttpClient(new Neo4jOptions(neo4j.Settings.HttpUrl));
        await client.RunAsync(FaultStatements.DeleteAll, null, ct);
        await new GraphLoader(client).LoadAsync(new LoadFixture("").Build(), new LoadOptions("analyst-pack"), null, ct);

        var path = Path.Combine(AnalystPackFiles.CypherDirectory(), "queries", name + ".cypher");
        var statement = AnalystPackFiles.Statements(path).ShouldHaveSingleItem();
        var parameters = AnalystPackFiles.Parameters(path);
        foreach (var (key, value) in FixtureParameters.GetValueOrDefault(name) ?? [])
        {
            parameters[key] = value;
        }

        var result = await client.RunAsync(new CypherStatement("analyst." + name, statement), parameters, ct);
        var rows = result.Rows.Select(row => result.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2)).ToList();
        Expectations[name](rows);
    }

    private static List<string> Pairs(List<Dictionary<string, JsonElement>> rows, string a, string b)
        => [.. rows.Select(r => Text(r[a]) + " / " + Text(r[b]))];

    private static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();

    private static List<string> Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
}

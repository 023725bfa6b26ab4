using System.Text.Json;
using System.Text.RegularExpressions;
using PlanGraph.Api.Compilation;
using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Schema;
using Shouldly;
using static PlanGraph.Api.Tests.Select;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Nested connections compiled per server, without one: Neo4j 5.6+ sorts, de-duplicates and pages them in
/// Cypher (COUNT/COLLECT subquery expressions), older servers get every related item and the shaper pages.
/// No Neo4j 5 runs here, so these shapes, the shaping of such an answer and the Cypher 5 lint
/// (api.query.neo4j-5.* in PlanGraphStatementCatalog) are what is checked of the Neo4j 5 path.
/// </summary>
public sealed partial class NestedPagingCompilerTests
{
    private static readonly Uri Endpoint = new("http://127.0.0.1:7474/db/data/transaction");

    private static FieldSelection GoalProjects(string relation)
    {
        var page = M(("first", 2L), ("after", ConnectionCursor.Encode(0)), ("order", M(("name", "DESC"))));
        var edges = F("edges", F("cursor"), F("node", F("name")), F("evidence", F("quote")));
        var connection = F(relation, page, F("totalCount"), F("pageInfo", F("hasNextPage"), F("endCursor")), edges);
        return F("goals", M(("first", 1L)), F("nodes", F("id"), connection));
    }

    [Fact]
    public void Neo4j5_pages_and_sorts_a_nested_connection_in_cypher()
    {
        var compiled = new CypherQueryCompiler().Compile([GoalProjects("projects")], new Neo4j5Dialect());
        var text = compiled.Statement.Statement.Text;

        text.ShouldMatch(@"total: COUNT \{ MATCH \(v\d+\)<-\[r\d+:SUPPORTS\]-\(m\d+:Project\) \}");
        text.ShouldMatch(@"items: COLLECT \{ MATCH \(v\d+\)<-\[r\d+:SUPPORTS\]-\(m\d+:Project\) WITH m\d+, r\d+ ORDER BY m\d+\.name DESC, m\d+\.id SKIP \$p\d+ LIMIT \$p\d+ RETURN \{n: m\d+ \{.*\}, e: \{ev: .*\}\} AS i\d+ \}");
        text.ShouldNotContain(", s: [", Case.Sensitive, "no sort keys travel back");
        compiled.Statement.Parameters.Values.ShouldContain(1L, "SKIP: after the cursor of position 0");
        compiled.Statement.Parameters.Values.ShouldContain(2L, "LIMIT: first");
    }

    [Fact]
    public void Neo4j5_keeps_a_node_reached_twice_once_in_cypher()
    {
        var text = new CypherQueryCompiler().Compile([GoalProjects("projectsIncludingSubGoals")], new Neo4j5Dialect()).Statement.Statement.Text;

        text.ShouldMatch(@"total: size\(COLLECT \{ MATCH \(v\d+\)<-\[:PART_OF\*0\.\.\]-\(:Goal\)<-\[r\d+:SUPPORTS\]-\(m\d+:Project\) RETURN DISTINCT m\d+\.id AS i\d+ \}\)");
        text.ShouldMatch(@"WITH m\d+, head\(collect\(r\d+\)\) AS r\d+ ORDER BY m\d+\.name DESC, m\d+\.id SKIP");
    }

    [Fact]
    public void A_root_connection_goes_through_the_same_renderer_as_nested_ones()
    {
        var root = F("goals", M(("first", 1L), ("after", ConnectionCursor.Encode(0)), ("order", M(("name", "DESC")))), F("totalCount"), F("nodes", F("name")));

        var neo4j5 = new CypherQueryCompiler().Compile([root], new Neo4j5Dialect()).Statement.Statement.Text;
        var neo4j3 = new CypherQueryCompiler().Compile([root], new Neo4j3Dialect()).Statement.Statement.Text;

        neo4j5.ShouldMatch(@"^WITH \{total: COUNT \{ MATCH \(v0:Goal\) \}, items: COLLECT \{ MATCH \(v0:Goal\) WITH v0 ORDER BY v0\.name DESC, v0\.id SKIP \$p\d+ LIMIT \$p\d+ RETURN v0 \{[^}]*\} AS i\d+ \}\} AS f0\n");
        neo4j3.ShouldStartWith("OPTIONAL MATCH (v0:Goal)\nWITH v0 ORDER BY v0.name DESC, v0.id\n");
        neo4j3.ShouldNotContain("COLLECT {");
    }

    [Theory]
    [InlineData("3.1.1", false)]
    [InlineData("4.4.30", false)]
    [InlineData("5.5.0", false)]
    [InlineData("5.6.0", true)]
    [InlineData("5.26.2", true)]
    [InlineData("2025.01.0", true)]
    public void Only_servers_with_subquery_expressions_page_in_cypher_the_others_get_every_related_item(string version, bool pagesInCypher)
    {
        var dialect = Neo4jDialect.For(new Neo4jServerInfo(version, "community", Endpoint, null));
        var text = new CypherQueryCompiler().Compile([GoalProjects("projects")], dialect).Statement.Statement.Text;

        dialect.SupportsSubqueryExpressions.ShouldBe(pagesInCypher);
        text.Contains("COLLECT {", StringComparison.Ordinal).ShouldBe(pagesInCypher);
        text.Contains("COUNT {", StringComparison.Ordinal).ShouldBe(pagesInCypher);
        if (!pagesInCypher)
        {
            text.ShouldMatch(@"\[\(v\d+\)<-\[r\d+:SUPPORTS\]-\(m\d+:Project\) \| \{n: m\d+ \{.*\}, e: \{ev: .*\}\}\]");
        }
    }

    [Fact]
    public void A_page_the_server_cut_is_shaped_with_its_total_and_cursors_from_the_offset()
    {
        var compiled = new CypherQueryCompiler().Compile([GoalProjects("projects")], new Neo4j5Dialect());
        var relationKey = RelationKey().Match(compiled.Statement.Statement.Text).Groups[1].Value;
        var row = $$$"""
            {"total": 1, "items": [{"id": "goal:1", "{{{relationKey}}}": {"total": 5, "items": [
              {"n": {"id": "project:b", "name": "B"}, "e": {"ev": [{"documentId": "d", "spanStart": 1, "quote": "quote B", "rule": "r"}]}},
              {"n": {"id": "project:a", "name": "A"}, "e": {"ev": []}}]}}]}
            """;
        using var document = JsonDocument.Parse(row);
        var result = new CypherResult(CypherQueryCompiler.StatementName, ["f0"], [[document.RootElement.Clone()]], CypherCounters.None);

        var data = compiled.ToData(result).ToJsonString();

        data.ShouldBe(
            "{\"goals\":{\"nodes\":[{\"id\":\"goal:1\",\"projects\":{\"totalCount\":5,\"pageInfo\":{\"hasNextPage\":true,\"endCursor\":\"" + ConnectionCursor.Encode(2) + "\"}," +
            "\"edges\":[{\"cursor\":\"" + ConnectionCursor.Encode(1) + "\",\"node\":{\"name\":\"B\"},\"evidence\":[{\"quote\":\"quote B\"}]}," +
            "{\"cursor\":\"" + ConnectionCursor.Encode(2) + "\",\"node\":{\"name\":\"A\"},\"evidence\":[]}]}}]}}",
            "the server's order is kept; cursors count from the page's offset");
    }

    [Fact]
    public void Items_the_shaper_sorts_by_a_string_follow_ordinal_order()
    {
        // Names whose UTF-8 byte order and UTF-16 order differ (a character above U+FFFF against U+FF08 and U+E000),
        // escapes, prefixes, Chinese with full-width brackets.
        string[] names = ["河套", "河套合作区", "（深圳）", "深圳（前海）", "\U0001F600x", "\uFF08a", "\uE000", "a\"b", "a", "ab", "B", "é", "\U0001F601", "\t"];
        var selection = F("goals", M(("first", 1L)), F("nodes", F("id"), F("projects", M(("first", 100L), ("order", M(("name", "ASC")))), F("nodes", F("name")))));
        var compiled = new CypherQueryCompiler().Compile([selection], new Neo4j3Dialect());
        var relationKey = AllItemsKey().Match(compiled.Statement.Statement.Text).Groups[1].Value;
        var items = string.Join(", ", names.Select((name, i) => $$$"""{"n": {"id": "project:{{{i}}}", "name": "{{{Raw(name)}}}"}, "e": {}}"""));
        using var document = JsonDocument.Parse($$$"""{"total": 1, "items": [{"id": "goal:1", "{{{relationKey}}}": [{{{items}}}]}]}""");
        var result = new CypherResult(CypherQueryCompiler.StatementName, ["f0"], [[document.RootElement.Clone()]], CypherCounters.None);

        var shaped = compiled.ToData(result)["goals"]!["nodes"]![0]!["projects"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>());

        shaped.ShouldBe(names.Order(StringComparer.Ordinal));

        // As Neo4j writes strings: UTF-8 as it is, escapes only where JSON needs them.
        static string Raw(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(f\d+): \[\(v\d+\)<-\[r\d+:SUPPORTS\]")]
    private static partial Regex AllItemsKey();

    [GeneratedRegex(@"(f\d+): \{total: COUNT \{")]
    private static partial Regex RelationKey();
}

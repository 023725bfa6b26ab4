using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Schema;
using Shouldly;

namespace PlanGraph.Neo4j.Tests;

/// <summary>Configuration parsing and dialect choice (no server needed).</summary>
public sealed class OptionsAndDialectTests
{
    [Fact]
    public void Environment_overrides_are_read_and_defaults_apply()
    {
        var options = Neo4jOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["NEO4J_URL"] = null,
            ["NEO4J_USER"] = "neo4j",
            ["NEO4J_PASSWORD"] = "pass word",
            ["NEO4J_DATABASE"] = "plans",
        });

        options.Url.ShouldBe(new Uri("http://127.0.0.1:7474"));
        options.User.ShouldBe("neo4j");
        options.Password.ShouldBe("pass word");
        options.Database.ShouldBe("plans");
    }

    [Fact]
    public void Credentials_in_the_url_are_taken_out_of_it()
    {
        var options = Neo4jOptions.FromEnvironment(new Dictionary<string, string?>
        {
            ["NEO4J_URL"] = "http://neo4j:s%40cret@db.example:7474",
            ["NEO4J_USER"] = null,
            ["NEO4J_PASSWORD"] = null,
        });

        options.Url.ShouldBe(new Uri("http://db.example:7474/"));
        options.User.ShouldBe("neo4j");
        options.Password.ShouldBe("s@cret");
    }

    [Fact]
    public void Bolt_url_is_refused_with_an_explanation()
    {
        var failure = Should.Throw<ArgumentException>(() => Neo4jOptions.FromEnvironment(new Dictionary<string, string?> { ["NEO4J_URL"] = "bolt://localhost:7687" }));

        failure.Message.ShouldContain("NEO4J_URL");
        failure.Message.ShouldContain("bolt://localhost:7687");
    }

    [Theory]
    [InlineData("3.1.1", "neo4j-3")]
    [InlineData("3.5.35", "neo4j-3")]
    [InlineData("4.4.30", "neo4j-5")]
    [InlineData("5.26.0", "neo4j-5")]
    public void Dialect_follows_the_server_version(string version, string dialect)
        => Neo4jDialect.For(new Neo4jServerInfo(version, "community", new Uri("http://x/db/data/transaction"), null)).Name.ShouldBe(dialect);

    [Fact]
    public void Neo4j_4_0_is_refused()
        => Should.Throw<NotSupportedException>(() => Neo4jDialect.For(new Neo4jServerInfo("4.0.1", "community", new Uri("http://x/db/neo4j/tx"), "neo4j")));

    [Fact]
    public void Ddl_refuses_identifiers_that_would_inject_cypher()
    {
        Should.Throw<ArgumentException>(() => new Neo4j3Dialect().UniqueConstraint("Plan) DETACH DELETE n //"));
        Should.Throw<ArgumentException>(() => new Neo4j5Dialect().Index("Plan", "name`"));
    }

    [Fact]
    public void Neo4j5_ddl_has_the_documented_shapes()
    {
        var dialect = new Neo4j5Dialect();

        dialect.UniqueConstraint("Plan").Text.ShouldBe("CREATE CONSTRAINT plan_id_unique IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE");
        dialect.Index("Target", "year").Text.ShouldBe("CREATE INDEX target_year_index IF NOT EXISTS FOR (n:Target) ON (n.year)");
        dialect.FullTextIndex("names", ["Plan", "Goal"], ["name", "aliases"]).Text.ShouldBe("CREATE FULLTEXT INDEX names IF NOT EXISTS FOR (n:Plan|Goal) ON EACH [n.name, n.aliases]");
        dialect.FullTextIndex("search", ["Plan", "Goal"], ["searchText"], "cjk").Text.ShouldBe(
            "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Plan|Goal) ON EACH [n.searchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
    }

    [Theory]
    [InlineData("2G", "2g")]
    [InlineData("768m", "768m")]
    [InlineData(null, "512m")]
    public void The_local_heap_comes_from_NEO4J_HEAP_with_512m_by_default(string? heap, string expected)
        => PlanGraph.Neo4j.Local.LocalNeo4jSettings.FromEnvironment("/tmp/repo", new Dictionary<string, string?> { ["NEO4J_HEAP"] = heap }).Heap.ShouldBe(expected);

    [Theory]
    [InlineData("2")]
    [InlineData("2gb")]
    [InlineData("0m")]
    [InlineData("-Xmx2g")]
    public void A_heap_that_is_not_a_size_is_refused_by_name(string heap)
        => Should.Throw<ArgumentException>(() => PlanGraph.Neo4j.Local.LocalNeo4jSettings.FromEnvironment("/tmp/repo", new Dictionary<string, string?> { ["NEO4J_HEAP"] = heap }))
            .Message.ShouldContain("NEO4J_HEAP must be a size such as 512m or 2g");

    [Theory]
    [InlineData("cjk'}} DETACH")]
    [InlineData("CJK")]
    [InlineData("")]
    public void Full_text_analyzer_names_cannot_inject_cypher(string analyzer)
        => Should.Throw<ArgumentException>(() => new Neo4j5Dialect().FullTextIndex("search", ["Plan"], ["searchText"], analyzer));

    [Fact]
    public void Neo4j5_loader_schema_has_a_cjk_full_text_index_over_every_label_and_Neo4j3_none()
    {
        var fullText = LoaderSchema.Statements(new Neo4j5Dialect()).Where(s => s.Text.StartsWith("CREATE FULLTEXT", StringComparison.Ordinal)).ShouldHaveSingleItem();
        fullText.Text.ShouldBe(
            "CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS FOR (n:Document|Plan|Goal|Indicator|Target|Project|Institution|Place) ON EACH [n.searchText] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}");
        LoaderSchema.Statements(new Neo4j3Dialect()).ShouldNotContain(s => s.Text.Contains("FULLTEXT", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_entity_write_keeps_the_search_text()
    {
        // Both dialects: the property is written by data statements, which are the same on 3.1 and 5.
        foreach (var statement in LoadStatements.MergeNodes.Values.Append(LoadStatements.MergeDocument).Append(LoadStatements.BackfillSearchText))
        {
            statement.Text.ShouldContain("." + LoaderSchema.SearchTextProperty + " = reduce(", Case.Sensitive, statement.Name);
        }
    }
}

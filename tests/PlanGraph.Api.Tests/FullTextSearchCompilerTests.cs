using PlanGraph.Api.Compilation;
using PlanGraph.Api.Hosting;
using PlanGraph.Neo4j.Loading;
using PlanGraph.Neo4j.Schema;
using Shouldly;
using static PlanGraph.Api.Tests.Select;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Search compiled per dialect, without a server: Neo4j 5 gets the full-text call (the text only in
/// parameters, as an escaped Lucene phrase), 3.x and unknown servers get CONTAINS. No Neo4j 5 runs
/// here, so these shapes plus the Cypher 5 lint are what is checked of the Neo4j 5 path.
/// </summary>
public sealed class FullTextSearchCompilerTests
{
    private static readonly FieldSelection[] HitFields = [F("matched"), F("sentence"), F("evidence", F("quote")), F("node", F("id"), F("name"))];

    private static CompiledQuery Compile(string text, ISchemaDialect? dialect, params FieldSelection[] more)
        => new CypherQueryCompiler().Compile([.. more, F("search", M(("text", text), ("first", 5L)), HitFields)], dialect);

    [Fact]
    public void Neo4j5_searches_the_full_text_index_with_the_text_only_in_parameters()
    {
        var compiled = Compile("河套合作区", new Neo4j5Dialect());
        var text = compiled.Statement.Statement.Text;

        text.ShouldContain("CALL db.index.fulltext.queryNodes($");
        text.ShouldContain("YIELD node AS ");
        text.ShouldNotContain("河套");
        text.ShouldNotContain(LoaderSchema.FullTextIndexName, Case.Sensitive, "the index name is a parameter too");
        text.ShouldNotContain("OPTIONAL MATCH");
        compiled.Statement.Parameters.Values.ShouldContain("\"河套合作区\"", "the Lucene phrase");
        compiled.Statement.Parameters.Values.ShouldContain(LoaderSchema.FullTextIndexName);
        compiled.Statement.Parameters.Values.ShouldContain("河套合作区", "the CONTAINS re-check's needle");
    }

    [Fact]
    public void Full_text_hits_are_rechecked_with_contains_and_ranked_whole_then_prefix_then_inside_then_by_name_length()
    {
        var text = Compile("河套", new Neo4j5Dialect()).Statement.Statement.Text;

        text.ShouldMatch(@"WHERE \(v\d+:Document OR .*\) AND \(toLower\(v\d+\.name\) CONTAINS \$p\d+ OR any\(a\d+ IN coalesce\(v\d+\.aliases, \[\]\) WHERE toLower\(a\d+\) CONTAINS \$p\d+\)\)");
        text.ShouldMatch(@"ORDER BY CASE WHEN toLower\(v\d+\.name\) = \$p\d+ .* THEN 0 WHEN toLower\(v\d+\.name\) STARTS WITH \$p\d+ .* THEN 1 ELSE 2 END, size\(v\d+\.name\), size\(reduce\(.*\)\) DESC, v\d+\.name, v\d+\.id");
        text.ShouldMatch(@"RETURN collect\(v\d+\)\[\$p\d+\.\.\$p\d+\] AS c\d+\n\}");
    }

    [Theory]
    [InlineData("neo4j-3")]
    [InlineData(null)]
    public void Neo4j3_and_unknown_servers_search_with_contains(string? dialectName)
    {
        ISchemaDialect? dialect = dialectName is null ? null : new Neo4j3Dialect();
        var compiled = Compile("河套合作区", dialect);
        var text = compiled.Statement.Statement.Text;

        text.ShouldNotContain("fulltext");
        text.ShouldNotContain("CALL");
        text.ShouldContain("OPTIONAL MATCH (v");
        text.ShouldContain("CONTAINS $p0");
        text.ShouldMatch(@"ORDER BY CASE WHEN .* END, size\(v\d+\.name\), size\(reduce\(.*\)\) DESC, v\d+\.name, v\d+\.id");
        compiled.Statement.Parameters.Values.ShouldNotContain("\"河套合作区\"");
    }

    [Theory]
    [InlineData("河", "one ideograph has no bigram")]
    [InlineData("VCSEL", "Latin letters are whole-word tokens")]
    [InlineData("5G基站", "digits and Latin letters")]
    [InlineData("河套 地区", "a space splits the bigram run")]
    [InlineData("南开大学-牛津大学", "punctuation")]
    [InlineData("the", "an English stop word of the cjk analyzer")]
    public void Neo4j5_takes_the_contains_path_where_bigrams_could_miss_a_match(string search, string why)
    {
        var compiled = Compile(search, new Neo4j5Dialect());

        compiled.Statement.Statement.Text.ShouldNotContain("fulltext", Case.Sensitive, why);
        compiled.Statement.Statement.Text.ShouldBe(Compile(search, new Neo4j3Dialect()).Statement.Statement.Text, why);
    }

    [Fact]
    public void Neo4j5_search_composes_with_other_root_fields_in_one_statement()
    {
        var compiled = Compile("科技创新", new Neo4j5Dialect(), F("plans", M(("first", 2L)), F("totalCount")), F("counts", F("nodes", F("label"), F("count"))));
        var text = compiled.Statement.Statement.Text;

        text.Split("RETURN f").Length.ShouldBe(2, "one final RETURN");
        text.ShouldEndWith("RETURN f0, f1, f2");
        text.IndexOf("CALL {", StringComparison.Ordinal).ShouldBeGreaterThan(text.IndexOf("COUNT { MATCH (v0:Plan) }", StringComparison.Ordinal));
        text.ShouldContain("COUNT { MATCH (v0:Plan) }", Case.Sensitive, "the root connection is paged by the server, like nested ones");
        text.ShouldContain("\n}\nWITH f0, f1, ", Case.Sensitive, "the root fields before the search are carried past the subquery");
    }

    [Fact]
    public void The_statement_catalog_holds_the_Neo4j5_search_shapes_for_the_lint()
    {
        var names = new PlanGraphStatementCatalog().Statements.Select(s => s.Name).ToList();

        names.ShouldContain("api.query.neo4j-5.search-and-counts");
        names.ShouldContain("api.query.neo4j-5.search-between-root-fields");
        names.ShouldContain("api.query.search-between-root-fields");
        names.ShouldContain("api.query.neo4j-5.every-root-field", "root connections are paged by the server on Neo4j 5.6+, as nested ones are");
        new PlanGraphStatementCatalog().Statements.Single(s => s.Name == "api.query.neo4j-5.search-between-root-fields").Text
            .Split("db.index.fulltext.queryNodes").Length.ShouldBe(2, "only the Han search uses the index; VCSEL and 区 use CONTAINS");
    }

    [Fact]
    public void The_compiled_query_cache_keys_on_the_dialect()
    {
        var cache = new CompiledQueryCache();
        FieldSelection[] root = [F("search", M(("text", "河套")), F("matched"))];
        var forNeo4j5 = new CypherQueryCompiler().Compile(root, new Neo4j5Dialect());
        cache.Store(root, forNeo4j5, "neo4j-5");

        cache.Find(root, "neo4j-5").ShouldBeSameAs(forNeo4j5);
        cache.Find(root, "neo4j-3").ShouldBeNull();
        cache.Find(root).ShouldBeNull();
    }
}

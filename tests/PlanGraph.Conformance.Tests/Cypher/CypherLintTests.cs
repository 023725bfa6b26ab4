using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Schema;
using Shouldly;

namespace PlanGraph.Conformance.Tests.Cypher;

/// <summary>
/// DESIGN.md §1, compatibility rule 3: every statement the project can send passes Neo4j's Cypher 5
/// linter (the integration tests run them on 3.1.1). Only "Parameter $x is not defined" is allowed.
/// </summary>
public sealed class CypherLintTests
{
    [Fact]
    public async Task Every_project_statement_is_clean_cypher_5()
    {
        var statements = CypherStatementInventory.Gather();
        var reports = await CypherLinter.LintAsync(statements, TestContext.Current.CancellationToken);

        var problems = statements.Zip(reports)
            .Select(pair => (Statement: pair.First, Findings: pair.Second.Diagnostics.Where(d => !CypherLinter.IsUndefinedParameter(d)).ToList()))
            .Where(p => p.Findings.Count > 0)
            .Select(p => $"{p.Statement.Name}:\n    {p.Statement.Text}\n    " + string.Join("\n    ", p.Findings))
            .ToList();

        problems.ShouldBeEmpty($"{problems.Count} of {statements.Count} statements are not clean Cypher 5:\n" + string.Join("\n", problems));
        TestContext.Current.SendDiagnosticMessage($"Cypher 5 lint: {statements.Count} statements clean.");
    }

    [Fact]
    public void Inventory_finds_named_statements_catalogs_and_dialect_ddl()
    {
        var names = CypherStatementInventory.Gather().Select(s => s.Name).ToList();

        names.ShouldContain(ServerStatements.Components.Name, "a public static readonly field");
        var dialect = new Neo4j5Dialect();
        foreach (var ddl in dialect.Statements)
        {
            names.ShouldContain(ddl.Name, "the Neo4j 5 dialect is a statement catalog");
        }

        names.ShouldContain(dialect.FullTextIndex("entity_names", ["Plan", "Goal", "Project"], ["name", "aliases"]).Name);
        names.ShouldContain(dialect.FullTextIndex("entity_search", ["Plan", "Goal", "Project"], ["searchText"], "cjk").Name, "the cjk full-text DDL");
        names.ShouldContain("api.query.neo4j-5.search-and-counts", "the Neo4j 5 full-text search shape");
        names.ShouldContain("api.query.neo4j-5.search-between-root-fields", "full-text search between other root fields");
        names.ShouldContain(PlanGraph.Neo4j.Loading.LoadStatements.BackfillSearchText.Name);
        names.ShouldContain(PlanGraph.Neo4j.Loading.LoadStatements.MergeNodes["Plan"].Name, "the loader's per-label statements come from a catalog");
        names.ShouldContain(PlanGraph.Neo4j.Loading.LoadStatements.MergeRelationships["SUPPORTS"].Name);
        CypherStatementInventory.CypherFiles().Count(s => s.Name.Contains("queries", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(15, "the analyst queries under cypher/queries");
    }

    [Theory]
    [InlineData("legacy parameter", "MATCH (n:Plan) WHERE n.id = {id} RETURN n")]
    [InlineData("exists on a property", "MATCH (n:Plan) WHERE exists(n.name) RETURN n")]
    [InlineData("size of a pattern", "MATCH (p:Plan) RETURN size((p)-[:HAS_GOAL]->()) AS goals")]
    [InlineData("undefined variable", "MATCH (n:Plan) RETURN m")]
    [InlineData("syntax error", "MATCH (n:Plan RETURN n")]
    public async Task Linter_reports_what_cypher_5_rejects(string problem, string text)
    {
        var reports = await CypherLinter.LintAsync([new CypherStatement(problem, text)], TestContext.Current.CancellationToken);

        reports.ShouldHaveSingleItem().Diagnostics.Where(d => !CypherLinter.IsUndefinedParameter(d)).ShouldNotBeEmpty(problem);
    }

    [Fact]
    public async Task Neo4j_3_ddl_is_rejected_as_cypher_5_which_is_why_it_lives_behind_a_dialect()
    {
        var dialect = new Neo4j3Dialect();
        var reports = await CypherLinter.LintAsync([dialect.UniqueConstraint("Plan"), dialect.Index("Target", "year")], TestContext.Current.CancellationToken);

        reports.ShouldAllBe(r => r.Diagnostics.Any(d => !CypherLinter.IsUndefinedParameter(d)));
    }

    [Fact]
    public async Task Undefined_parameters_are_the_only_tolerated_diagnostic()
    {
        var reports = await CypherLinter.LintAsync([new CypherStatement("params", "MATCH (n:Plan) WHERE n.id = $id RETURN n { .name, .startYear } AS plan")], TestContext.Current.CancellationToken);

        var diagnostics = reports.ShouldHaveSingleItem().Diagnostics;
        diagnostics.ShouldNotBeEmpty("the linter knows no parameter values");
        diagnostics.ShouldAllBe(d => CypherLinter.IsUndefinedParameter(d));
    }

    [Fact]
    public void Cypher_files_split_into_statements_at_line_ending_semicolons()
    {
        var statements = CypherStatementInventory.SplitStatements("// header comment\nMATCH (n)\nRETURN n;\n\nRETURN 'a;b' AS s;\n// trailing comment\n").ToList();

        statements.ShouldBe(["MATCH (n)\nRETURN n", "RETURN 'a;b' AS s"], ignoreOrder: false);
    }
}

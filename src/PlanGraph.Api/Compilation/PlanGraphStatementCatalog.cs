using PlanGraph.Neo4j;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Representative statements of the compiler, one per construct it can emit (root connections with every
/// filter operator, relationship filters, count ordering, nested and transitive connections with edge
/// evidence, node by id with fragments, search, counts, several root fields chained), so the Cypher 5 lint
/// test checks what the API sends.
/// </summary>
public sealed class PlanGraphStatementCatalog : ICypherStatementCatalog
{
    /// <inheritdoc/>
    public IEnumerable<CypherStatement> Statements => RepresentativeSelections.All
        .Select(sample => new CypherStatement(CypherQueryCompiler.StatementName + "." + sample.Name, new CypherQueryCompiler().Compile(sample.Root).Statement.Statement.Text));
}

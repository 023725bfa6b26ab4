using PlanGraph.Neo4j;
using PlanGraph.Neo4j.Schema;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Representative statements of the compiler, one per construct it can emit (root connections with every
/// filter operator, relationship filters, count ordering, nested and transitive connections with edge
/// evidence, node by id with fragments, search, counts, several root fields chained), so the Cypher 5 lint
/// test checks what the API sends: each sample as compiled for any server ("api.query.NAME"), and, where
/// it differs, as compiled for Neo4j 5 ("api.query.neo4j-5.NAME": full-text search) and with the in-process search index ("api.query.indexed.NAME").
/// </summary>
public sealed class PlanGraphStatementCatalog : ICypherStatementCatalog
{
    /// <inheritdoc/>
    public IEnumerable<CypherStatement> Statements
    {
        get
        {
            var compiler = new CypherQueryCompiler();
            var neo4j5 = new Neo4j5Dialect();
            foreach (var (name, root) in RepresentativeSelections.All)
            {
                var common = compiler.Compile(root).Statement.Statement.Text;
                yield return new CypherStatement($"{CypherQueryCompiler.StatementName}.{name}", common);
                var forNeo4j5 = compiler.Compile(root, neo4j5).Statement.Statement.Text;
                if (forNeo4j5 != common)
                {
                    yield return new CypherStatement($"{CypherQueryCompiler.StatementName}.{neo4j5.Name}.{name}", forNeo4j5);
                }

                // Search through the in-process index (Neo4j 3.x): nodes read by id, plus the graph's fingerprint.
                var indexed = compiler.Compile(root, null, Search.SearchSnapshot.Empty).Statement.Statement.Text;
                if (indexed != common)
                {
                    yield return new CypherStatement($"{CypherQueryCompiler.StatementName}.indexed.{name}", indexed);
                }
            }
        }
    }
}

namespace PlanGraph.Neo4j.Loading;

/// <summary>The per-label and per-type merge statements, for the Cypher 5 lint.</summary>
public sealed class LoadStatementCatalog : ICypherStatementCatalog
{
    public IEnumerable<CypherStatement> Statements => LoadStatements.AllMerges;
}

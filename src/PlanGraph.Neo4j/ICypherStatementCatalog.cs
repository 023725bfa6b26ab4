namespace PlanGraph.Neo4j;

/// <summary>
/// Code that builds Cypher at run time (the GraphQL→Cypher compiler, the schema dialect) implements this
/// with representative shapes of what it generates, so the Cypher 5 lint test can check them. The lint
/// test creates every implementation through its parameterless constructor.
/// </summary>
public interface ICypherStatementCatalog
{
    /// <summary>Representative statements, each with a name saying which shape it stands for.</summary>
    IEnumerable<CypherStatement> Statements { get; }
}

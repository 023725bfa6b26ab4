using PlanGraph.Neo4j;

namespace PlanGraph.Cli;

/// <summary>The Cypher the CLI itself sends (the loader's and the API's live with them).</summary>
internal static class CliStatements
{
    /// <summary>
    /// What the graph holds, counted the way the API and Neo4j Browser see it: every node of the model
    /// (Documents too) has the label Entity; relationships between them, not the evidence.
    /// </summary>
    public static readonly CypherStatement GraphCounts = new(
        "cli.graph-counts",
        """
        MATCH (n:Entity)
        RETURN count(n) AS nodes,
               sum(CASE WHEN n:Document THEN 1 ELSE 0 END) AS documents,
               sum(size([(n)-[r]->(:Entity) | r])) AS relationships
        """);
}

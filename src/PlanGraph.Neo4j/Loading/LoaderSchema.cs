using PlanGraph.Core;
using PlanGraph.Neo4j.Schema;

namespace PlanGraph.Neo4j.Loading;

/// <summary>The constraints and indexes of the loaded graph (cypher/schema.cypher is the same for Neo4j 5).</summary>
public static class LoaderSchema
{
    /// <summary>Full-text index over names and aliases (Neo4j 5 only; 3.x searches with CONTAINS).</summary>
    public const string FullTextIndexName = "entityNames";

    public static IReadOnlyList<CypherStatement> Statements(ISchemaDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        List<CypherStatement> statements =
        [
            dialect.UniqueConstraint(LoadStatements.EntityLabel),
            dialect.UniqueConstraint(LoadStatements.EvidenceLabel),
            dialect.UniqueConstraint(LoadStatements.LoadRunLabel),
            dialect.Index(LoadStatements.EvidenceLabel, "subject"),
            dialect.Index(LoadStatements.EvidenceLabel, "document"),
        ];
        statements.AddRange(NodeLabels.All.Select(label => dialect.Index(label, "name")));
        if (dialect.SupportsFullText)
        {
            statements.Add(dialect.FullTextIndex(FullTextIndexName, NodeLabels.All, ["name", "aliases"]));
        }

        return statements;
    }
}

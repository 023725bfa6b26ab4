using PlanGraph.Core;
using PlanGraph.Neo4j.Schema;

namespace PlanGraph.Neo4j.Loading;

/// <summary>The constraints and indexes of the loaded graph (cypher/schema.cypher is the same for Neo4j 5).</summary>
public static class LoaderSchema
{
    /// <summary>
    /// Full-text index over <see cref="SearchTextProperty"/> of every entity label (Neo4j 5 only; 3.x searches
    /// with CONTAINS). Named anew rather than reusing "entityNames" (name and aliases, default analyzer):
    /// IF NOT EXISTS goes by name, so a server holding the old index would otherwise never get this one.
    /// </summary>
    public const string FullTextIndexName = "entitySearch";

    /// <summary>
    /// The property the full-text index reads: the name and the aliases in one string, one per line
    /// (written by the loader on every entity node, on every server). One string rather than the aliases
    /// list because full-text indexes index STRING properties (list support varies across 5.x releases).
    /// </summary>
    public const string SearchTextProperty = "searchText";

    /// <summary>
    /// Lucene's CJK analyzer: Han text becomes overlapping two-character tokens, so a phrase of a query's
    /// bigrams finds any name containing it; the standard analyzer would make each ideograph a token.
    /// </summary>
    public const string FullTextAnalyzer = "cjk";

    /// <summary>The schema statements for <paramref name="dialect"/>, in the order they run.</summary>
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
            // Every label search looks at (the API's node types), so the index finds whatever CONTAINS would.
            statements.Add(dialect.FullTextIndex(FullTextIndexName, NodeLabels.All, [SearchTextProperty], FullTextAnalyzer));
        }

        return statements;
    }
}

namespace PlanGraph.Neo4j.Schema;

/// <summary>
/// Schema DDL in the syntax of one Neo4j generation (DESIGN.md §1, compatibility rule 2). All schema
/// statements go through a dialect. Load Cypher never needs one; the API's compiler asks only
/// <see cref="SupportsFullText"/> (full-text or CONTAINS search) and <see cref="SupportsSubqueryExpressions"/>.
/// Run DDL statements on their own: Neo4j refuses schema and data changes in one transaction.
/// </summary>
public interface ISchemaDialect
{
    /// <summary>"neo4j-3" or "neo4j-5".</summary>
    string Name { get; }

    /// <summary>Whether the server has full-text indexes (3.x: no; search then falls back to CONTAINS).</summary>
    bool SupportsFullText { get; }

    /// <summary>
    /// Whether the server has <c>COUNT { }</c> and <c>COLLECT { }</c> subquery expressions (Neo4j 5.6 and
    /// later), with which the API's compiler sorts and pages nested connections in Cypher.
    /// </summary>
    bool SupportsSubqueryExpressions { get; }

    /// <summary>A uniqueness constraint on <c>(:label {property})</c>; idempotent (running it twice is fine).</summary>
    CypherStatement UniqueConstraint(string label, string property = "id");

    /// <summary>An index on <c>:label(property)</c>; idempotent.</summary>
    CypherStatement Index(string label, string property);

    /// <summary>
    /// A full-text index named <paramref name="name"/> over the labels and properties, analysed with
    /// <paramref name="analyzer"/> (the server's default when null); idempotent.
    /// </summary>
    /// <exception cref="NotSupportedException">The dialect has no full-text indexes (<see cref="SupportsFullText"/> is false).</exception>
    CypherStatement FullTextIndex(string name, IReadOnlyList<string> labels, IReadOnlyList<string> properties, string? analyzer = null);

    /// <summary>Removes the uniqueness constraint made by <see cref="UniqueConstraint"/>.</summary>
    CypherStatement DropUniqueConstraint(string label, string property = "id");

    /// <summary>Removes the index made by <see cref="Index"/>.</summary>
    CypherStatement DropIndex(string label, string property);

    /// <summary>Lists indexes; every row has a "description" column (the shape differs per version, so only that is promised).</summary>
    CypherStatement ListIndexes { get; }

    /// <summary>Lists constraints; every row has a "description" column.</summary>
    CypherStatement ListConstraints { get; }
}

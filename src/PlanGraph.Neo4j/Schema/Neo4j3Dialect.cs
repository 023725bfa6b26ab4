namespace PlanGraph.Neo4j.Schema;

/// <summary>
/// Neo4j 3.x DDL: <c>CREATE CONSTRAINT ON … ASSERT</c>, <c>CREATE INDEX ON :L(p)</c>. No names, no
/// IF NOT EXISTS; creating an existing constraint or index is a no-op on 3.1.
/// No full-text index: Cypher DDL for full-text indexes arrived in Neo4j 4.x, and the 3.5-only
/// <c>db.index.fulltext.*</c> procedures do not exist on 3.1 (the server this project tests on), so
/// search stays on <c>toLower(…) CONTAINS</c> there.
/// </summary>
public sealed class Neo4j3Dialect : ISchemaDialect
{
    /// <inheritdoc/>
    public string Name => "neo4j-3";

    /// <inheritdoc/>
    public bool SupportsFullText => false;

    /// <inheritdoc/>
    public bool SupportsSubqueryExpressions => false;

    /// <inheritdoc/>
    public CypherStatement ListIndexes { get; } = new("schema3.list-indexes", "CALL db.indexes() YIELD description RETURN description");

    /// <inheritdoc/>
    public CypherStatement ListConstraints { get; } = new("schema3.list-constraints", "CALL db.constraints() YIELD description RETURN description");

    /// <inheritdoc/>
    public CypherStatement UniqueConstraint(string label, string property = "id")
        => new($"schema3.unique.{label}.{property}", $"CREATE CONSTRAINT ON (n:{SchemaNames.Identifier(label, "label")}) ASSERT n.{SchemaNames.Identifier(property, "property")} IS UNIQUE");

    /// <inheritdoc/>
    public CypherStatement Index(string label, string property)
        => new($"schema3.index.{label}.{property}", $"CREATE INDEX ON :{SchemaNames.Identifier(label, "label")}({SchemaNames.Identifier(property, "property")})");

    /// <inheritdoc/>
    public CypherStatement FullTextIndex(string name, IReadOnlyList<string> labels, IReadOnlyList<string> properties, string? analyzer = null)
        => throw new NotSupportedException("Neo4j 3.x has no full-text indexes; search falls back to CONTAINS.");

    /// <inheritdoc/>
    public CypherStatement DropUniqueConstraint(string label, string property = "id")
        => new($"schema3.drop-unique.{label}.{property}", $"DROP CONSTRAINT ON (n:{SchemaNames.Identifier(label, "label")}) ASSERT n.{SchemaNames.Identifier(property, "property")} IS UNIQUE");

    /// <inheritdoc/>
    public CypherStatement DropIndex(string label, string property)
        => new($"schema3.drop-index.{label}.{property}", $"DROP INDEX ON :{SchemaNames.Identifier(label, "label")}({SchemaNames.Identifier(property, "property")})");
}

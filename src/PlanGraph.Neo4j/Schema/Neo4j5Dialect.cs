namespace PlanGraph.Neo4j.Schema;

/// <summary>
/// Neo4j 5 DDL (also used for 4.4, which accepts the same FOR … REQUIRE / IF NOT EXISTS forms): named
/// schema objects, IF NOT EXISTS for idempotence, full-text indexes. Its statement shapes are a
/// <see cref="ICypherStatementCatalog"/> so the Cypher 5 lint test checks them.
/// </summary>
public sealed class Neo4j5Dialect : ISchemaDialect, ICypherStatementCatalog
{
    private readonly bool subqueryExpressions;

    /// <summary>The dialect of Neo4j 5.6 and later.</summary>
    public Neo4j5Dialect()
        : this(subqueryExpressions: true)
    {
    }

    /// <summary>The dialect of a server that may lack COUNT/COLLECT subquery expressions (4.4, 5.0–5.5).</summary>
    public Neo4j5Dialect(bool subqueryExpressions)
    {
        this.subqueryExpressions = subqueryExpressions;
    }

    /// <inheritdoc/>
    public string Name => "neo4j-5";

    /// <inheritdoc/>
    public bool SupportsFullText => true;

    /// <inheritdoc/>
    public bool SupportsSubqueryExpressions => subqueryExpressions;

    /// <inheritdoc/>
    public CypherStatement ListIndexes { get; } = new("schema5.list-indexes", "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name + ' ' + type + ' ' + coalesce(labelsOrTypes[0], '') AS description, name, labelsOrTypes, properties");

    /// <inheritdoc/>
    public CypherStatement ListConstraints { get; } = new("schema5.list-constraints", "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name + ' ' + type + ' ' + coalesce(labelsOrTypes[0], '') AS description, name, labelsOrTypes, properties");

    /// <summary>Representative shapes of every kind of statement this dialect produces.</summary>
    public IEnumerable<CypherStatement> Statements =>
    [
        UniqueConstraint("Plan"),
        Index("Target", "year"),
        FullTextIndex("entity_names", ["Plan", "Goal", "Project"], ["name", "aliases"]),
        FullTextIndex("entity_search", ["Plan", "Goal", "Project"], ["searchText"], "cjk"),
        DropUniqueConstraint("Plan"),
        DropIndex("Target", "year"),
        ListIndexes,
        ListConstraints,
    ];

    /// <inheritdoc/>
    public CypherStatement UniqueConstraint(string label, string property = "id")
    {
        var name = SchemaNames.For(label, property, "unique");
        return new($"schema5.unique.{label}.{property}", $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{property} IS UNIQUE");
    }

    /// <inheritdoc/>
    public CypherStatement Index(string label, string property)
    {
        var name = SchemaNames.For(label, property, "index");
        return new($"schema5.index.{label}.{property}", $"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.{property})");
    }

    /// <inheritdoc/>
    public CypherStatement FullTextIndex(string name, IReadOnlyList<string> labels, IReadOnlyList<string> properties, string? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(properties);
        if (labels.Count == 0 || properties.Count == 0)
        {
            throw new ArgumentException($"Full-text index '{name}' needs at least one label and one property.");
        }

        SchemaNames.Identifier(name, "index name");
        var labelList = string.Join("|", labels.Select(l => SchemaNames.Identifier(l, "label")));
        var propertyList = string.Join(", ", properties.Select(p => "n." + SchemaNames.Identifier(p, "property")));
        var text = $"CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR (n:{labelList}) ON EACH [{propertyList}]";
        if (analyzer is null)
        {
            return new($"schema5.fulltext.{name}", text);
        }

        // The analyzer is a string literal in the DDL (no parameters there), so only plain names pass.
        SchemaNames.AnalyzerName(analyzer);
        return new($"schema5.fulltext.{name}.{analyzer}", $"{text} OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{analyzer}'}}}}");
    }

    /// <inheritdoc/>
    public CypherStatement DropUniqueConstraint(string label, string property = "id")
        => new($"schema5.drop-unique.{label}.{property}", $"DROP CONSTRAINT {SchemaNames.For(label, property, "unique")} IF EXISTS");

    /// <inheritdoc/>
    public CypherStatement DropIndex(string label, string property)
        => new($"schema5.drop-index.{label}.{property}", $"DROP INDEX {SchemaNames.For(label, property, "index")} IF EXISTS");
}

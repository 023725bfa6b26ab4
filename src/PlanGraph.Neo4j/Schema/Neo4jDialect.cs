namespace PlanGraph.Neo4j.Schema;

/// <summary>Chooses the schema dialect for a server.</summary>
public static class Neo4jDialect
{
    /// <summary>3.x → <see cref="Neo4j3Dialect"/>; 4.4 and later → <see cref="Neo4j5Dialect"/> (4.4 accepts the 5 forms); COUNT/COLLECT subquery expressions from 5.6.</summary>
    /// <exception cref="NotSupportedException">A server older than 3, or 4.0–4.3 (their DDL is neither form).</exception>
    public static ISchemaDialect For(Neo4jServerInfo server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return server.MajorVersion switch
        {
            3 => new Neo4j3Dialect(),
            4 when server.MinorVersion >= 4 => new Neo4j5Dialect(subqueryExpressions: false),
            5 when server.MinorVersion < 6 => new Neo4j5Dialect(subqueryExpressions: false),
            >= 5 => new Neo4j5Dialect(),
            _ => throw new NotSupportedException($"Neo4j {server.Version} is not supported; PlanGraph needs 3.1–3.5, 4.4 or 5.x."),
        };
    }
}

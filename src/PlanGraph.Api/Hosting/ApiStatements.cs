using PlanGraph.Neo4j;

namespace PlanGraph.Api.Hosting;

/// <summary>The fixed statements of the host (health and readiness).</summary>
public static class ApiStatements
{
    /// <summary>Neo4j answers at all.</summary>
    public static readonly CypherStatement Ping = new("api.ping", "RETURN 1 AS ok");

    /// <summary>How many source documents are loaded: the API is ready when there is at least one.</summary>
    public static readonly CypherStatement LoadedDocuments = new("api.loaded-documents", "MATCH (d:Document) RETURN count(d) AS documents");
}

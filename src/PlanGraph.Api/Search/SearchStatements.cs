using PlanGraph.Api.Schema;
using PlanGraph.Neo4j;

namespace PlanGraph.Api.Search;

/// <summary>
/// What the search index reads from the graph, in one request: the graph's fingerprint, every entity's
/// name, aliases and evidence documents, and every evidence sentence with the node it supports.
/// </summary>
public static class SearchStatements
{
    /// <summary>
    /// The graph's fingerprint: how many entities there are and the number and last of the loader's runs.
    /// Every load records a run and every unload removes entities, so a change to the graph changes it.
    /// The compiled request reads the same list (<see cref="FingerprintClauses"/>) in its one statement.
    /// </summary>
    public static readonly CypherStatement Fingerprint = new("api.search-index.fingerprint", $"""
        {FingerprintClauses("", "f", "n", "r")}RETURN f AS fingerprint
        """);

    /// <summary>Every node the API serves, with what search matches and ranks by.</summary>
    public static readonly CypherStatement Entities = new("api.search-index.entities", $"""
        MATCH (n:Entity) WHERE {string.Join(" OR ", PlanGraphModel.Types.Select(t => "n:" + t.Label))}
        RETURN n.id AS id, n.name AS name, n.aliases AS aliases, [(e:Evidence)-[:EVIDENCE_FOR]->(n) | e.document] AS documents
        """);

    /// <summary>Every evidence sentence with the node it supports, in document order.</summary>
    public static readonly CypherStatement Sentences = new("api.search-index.sentences", """
        MATCH (e:Evidence)-[:EVIDENCE_FOR]->(n:Entity) WHERE e.quote IS NOT NULL
        RETURN e.quote AS quote, n.id AS id ORDER BY e.document, e.spanStart, e.id
        """);

    /// <summary>
    /// Clauses that bind the fingerprint list to <paramref name="column"/>, carrying <paramref name="carried"/>
    /// (the statement's earlier columns, comma-terminated, or empty).
    /// </summary>
    internal static string FingerprintClauses(string carried, string column, string entity, string run)
        => $"OPTIONAL MATCH ({entity}:Entity)\n"
        + $"WITH {carried}count({entity}) AS {column}c\n"
        + $"OPTIONAL MATCH ({run}:LoadRun)\n"
        + $"WITH {carried}{column}c, count({run}) AS {column}r, max({run}.finishedAt) AS {column}m\n"
        + $"WITH {carried}[{column}c, {column}r, {column}m] AS {column}\n";
}

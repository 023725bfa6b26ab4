namespace PlanGraph.Neo4j.Tests;

/// <summary>Statements of the fault test; they run only on the test's private server.</summary>
internal static class FaultStatements
{
    public static readonly CypherStatement EvidencePerDocument = new(
        "test.fault.evidence-per-document",
        "MATCH (e:Evidence) WHERE e.subject STARTS WITH $prefix RETURN e.document AS document, count(e) AS evidence ORDER BY document");

    public static readonly CypherStatement DeleteAll = new("test.fault.delete-all", "MATCH (n) DETACH DELETE n");
}

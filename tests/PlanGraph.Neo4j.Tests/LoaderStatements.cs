using PlanGraph.Neo4j;

namespace PlanGraph.Neo4j.Tests;

/// <summary>Read-back queries of the loader tests, scoped by id prefix.</summary>
internal static class LoaderStatements
{
    public static readonly CypherStatement NodeNames = new(
        "test.loader.node-names",
        "MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n.name AS name ORDER BY name");

    public static readonly CypherStatement NodeById = new(
        "test.loader.node-by-id",
        "MATCH (n:Entity {id: $id}) RETURN n.name AS name, n.sources AS sources, labels(n) AS labels, n.aliases AS aliases, n.searchText AS searchText");

    public static readonly CypherStatement ForgetSearchText = new(
        "test.loader.forget-search-text",
        "MATCH (n:Entity {id: $id}) REMOVE n.searchText RETURN count(n) AS nodes");

    public static readonly CypherStatement EvidenceOf = new(
        "test.loader.evidence-of",
        "MATCH (e:Evidence {subject: $subject}) RETURN e.document AS document, e.quote AS quote, e.firstLine AS firstLine, e.rule AS rule ORDER BY document");

    public static readonly CypherStatement FactsWithoutEvidence = new(
        "test.loader.facts-without-evidence",
        """
        MATCH (n:Entity) WHERE n.id STARTS WITH $prefix AND NOT n:Document AND size([(e:Evidence)-[:EVIDENCE_FOR]->(n) | e]) = 0
        RETURN n.id AS id
        UNION
        MATCH (a:Entity)-[r]->(:Entity) WHERE a.id STARTS WITH $prefix
        OPTIONAL MATCH (e:Evidence {subject: r.id})
        WITH r, count(e) AS evidence WHERE evidence = 0
        RETURN r.id AS id
        """);

    public static readonly CypherStatement DeletePrefix = new(
        "test.loader.delete-prefix",
        """
        MATCH (n) WHERE (n:Entity OR n:Evidence) AND (n.id STARTS WITH $prefix OR n.subject STARTS WITH $prefix)
        DETACH DELETE n
        """);

    public static readonly CypherStatement EvidenceOrderKeys = new(
        "test.loader.evidence-order-keys",
        "MATCH (e:Evidence) WHERE e.subject STARTS WITH $prefix RETURN e.orderKey AS key ORDER BY e.document, e.spanStart, e.rule");

    /// <summary>Evidence as a loader before the order key left it.</summary>
    public static readonly CypherStatement ForgetEvidenceOrder = new(
        "test.loader.forget-evidence-order",
        "MATCH (e:Evidence) WHERE e.subject STARTS WITH $prefix REMOVE e.orderKey RETURN count(e) AS evidence");

    /// <summary>A document as a bounded load leaves it when its last transaction never committed.</summary>
    public static readonly CypherStatement ForgetDocumentHash = new("test.loader.forget-document-hash", "MATCH (d:Document {id: $id}) REMOVE d.sha256");
}

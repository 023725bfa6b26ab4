using System.Collections.Frozen;
using PlanGraph.Core;

namespace PlanGraph.Neo4j.Loading;

/// <summary>
/// Every statement the loader sends. Labels and relationship types cannot be parameters, so the
/// merge statements exist once per label and type of the graph model (never from input text).
/// Entity nodes carry the extra label <c>Entity</c>: one uniqueness constraint on <c>Entity.id</c>
/// serves every lookup by id, whatever the node's own label.
/// </summary>
public static class LoadStatements
{
    /// <summary>Label shared by every node that stands for something in the documents.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>Label of the nodes that hold one piece of evidence each.</summary>
    public const string EvidenceLabel = "Evidence";

    /// <summary>Label of the record each load leaves.</summary>
    public const string LoadRunLabel = "LoadRun";

    /// <summary>
    /// Takes one document out of the support lists of the nodes it supported, found through its
    /// evidence (indexed by document), and returns their ids: the candidates for deletion.
    /// </summary>
    public static readonly CypherStatement DetachDocumentFromNodes = new(
        "loader.detach-document-nodes",
        """
        MATCH (e:Evidence {document: $document})-[:EVIDENCE_FOR]->(n:Entity)
        WITH DISTINCT n
        SET n.sources = [s IN n.sources WHERE s <> $document]
        RETURN collect(n.id) AS ids
        """);

    /// <summary>Takes the document out of its own node's support list (the merge puts it back unless it is unloaded).</summary>
    public static readonly CypherStatement DetachDocumentNode = new(
        "loader.detach-document-node",
        """
        MATCH (d:Entity {id: $document})
        SET d.sources = [s IN d.sources WHERE s <> $document]
        RETURN collect(d.id) AS ids
        """);

    /// <summary>
    /// Takes one document out of the support lists of the relationships it supported, found through
    /// its relationship evidence, and returns them (id and ends) as candidates for deletion.
    /// </summary>
    public static readonly CypherStatement DetachDocumentFromRelationships = new(
        "loader.detach-document-relationships",
        """
        MATCH (e:Evidence {document: $document}) WHERE e.relationshipType IS NOT NULL
        MATCH (a:Entity {id: e.from})-[r]->(b:Entity {id: e.to}) WHERE r.id = e.subject
        WITH DISTINCT r, a, b
        SET r.sources = [s IN r.sources WHERE s <> $document]
        RETURN collect({id: r.id, from: a.id, to: b.id}) AS relationships
        """);

    /// <summary>Deletes the evidence one document gave.</summary>
    public static readonly CypherStatement DeleteDocumentEvidence = new(
        "loader.delete-document-evidence",
        """
        MATCH (e:Evidence) WHERE e.document = $document
        DETACH DELETE e
        RETURN count(e) AS evidence
        """);

    /// <summary>Deletes those of the candidate relationships that no loaded document supports any more.</summary>
    public static readonly CypherStatement DeleteUnsupportedRelationships = new(
        "loader.delete-unsupported-relationships",
        """
        UNWIND $relationships AS candidate
        MATCH (a:Entity {id: candidate.from})-[r]->(b:Entity {id: candidate.to})
        WHERE r.id = candidate.id AND size(r.sources) = 0
        DELETE r
        RETURN count(r) AS relationships
        """);

    /// <summary>Deletes those of the candidate nodes that no loaded document supports any more (with their remaining edges).</summary>
    public static readonly CypherStatement DeleteUnsupportedNodes = new(
        "loader.delete-unsupported-nodes",
        """
        UNWIND $ids AS id
        MATCH (n:Entity {id: id}) WHERE size(n.sources) = 0
        DETACH DELETE n
        RETURN count(n) AS nodes
        """);

    /// <summary>Creates or refreshes the evidence of nodes and links each piece to its node.</summary>
    public static readonly CypherStatement MergeNodeEvidence = new(
        "loader.merge-node-evidence",
        """
        UNWIND $rows AS row
        MATCH (n:Entity {id: row.subject})
        MERGE (e:Evidence {id: row.id})
        SET e = row.properties
        MERGE (e)-[:EVIDENCE_FOR]->(n)
        """);

    /// <summary>
    /// Creates or refreshes the evidence of relationships. A relationship cannot be the end of another
    /// relationship, so its evidence is found by <c>subject</c> (the relationship id, indexed).
    /// </summary>
    public static readonly CypherStatement MergeRelationshipEvidence = new(
        "loader.merge-relationship-evidence",
        """
        UNWIND $rows AS row
        MERGE (e:Evidence {id: row.id})
        SET e = row.properties
        """);

    /// <summary>The source document node, with the facts that decide whether a reload can be skipped.</summary>
    public static readonly CypherStatement MergeDocument = new(
        "loader.merge-document",
        $"""
        MERGE (d:Entity {"{"}id: $id{"}"})
        SET d:Document, d.label = 'Document', d.name = $title, d.title = $title, d.fileName = $fileName,
            d.sha256 = $sha256, d.textSha256 = $textSha256, d.kind = $kind, d.issuer = $issuer, d.date = $date, d.docNumber = $docNumber, d.rulesVersion = $rulesVersion,
            d.text = $text,
            d.aliases = coalesce(d.aliases, []),
            d.{LoaderSchema.SearchTextProperty} = {SearchText("$title", "coalesce(d.aliases, [])")},
            d.sources = CASE WHEN $id IN coalesce(d.sources, []) THEN d.sources ELSE coalesce(d.sources, []) + $id END
        """);

    /// <summary>
    /// Gives entity nodes written before the loader kept <see cref="LoaderSchema.SearchTextProperty"/> their
    /// search text, so the full-text index finds them without a forced reload; touches nothing once done.
    /// </summary>
    public static readonly CypherStatement BackfillSearchText = new(
        "loader.backfill-search-text",
        $"""
        MATCH (n:Entity) WHERE n.{LoaderSchema.SearchTextProperty} IS NULL AND n.name IS NOT NULL
        SET n.{LoaderSchema.SearchTextProperty} = {SearchText("n.name", "coalesce(n.aliases, [])")}
        RETURN count(n) AS nodes
        """);

    /// <summary>
    /// The evidence property whose ordinal order is the order the API lists evidence in (<see cref="Evidence.OrderKey"/>),
    /// so a query can order evidence by one property and need not return the document, the start and the rule.
    /// </summary>
    public const string EvidenceOrderProperty = "orderKey";

    /// <summary>The size of one transaction of <see cref="BackfillEvidenceOrder"/>.</summary>
    public const int EvidenceOrderBatch = 20_000;

    /// <summary>
    /// <see cref="Evidence.OrderKey"/> computed in Cypher from the properties of the evidence node bound to
    /// <paramref name="evidence"/> (<c>right</c> zero-pads the start to ten digits, as D10 does for starts below 10¹⁰).
    /// </summary>
    public static string EvidenceOrderOf(string evidence)
        => $"{evidence}.document + ' ' + right('0000000000' + toString({evidence}.spanStart), 10) + ' ' + {evidence}.rule";

    /// <summary>
    /// Gives evidence written before the loader kept <see cref="EvidenceOrderProperty"/> its key, at most
    /// <see cref="EvidenceOrderBatch"/> nodes per run (the caller repeats it until it returns 0, so a large old graph
    /// is not one transaction); touches nothing once done.
    /// </summary>
    public static readonly CypherStatement BackfillEvidenceOrder = new(
        "loader.backfill-evidence-order",
        $"""
        MATCH (e:Evidence) WHERE e.{EvidenceOrderProperty} IS NULL AND e.document IS NOT NULL AND e.spanStart IS NOT NULL AND e.rule IS NOT NULL
        WITH e LIMIT {EvidenceOrderBatch}
        SET e.{EvidenceOrderProperty} = {EvidenceOrderOf("e")}
        RETURN count(e) AS evidence
        """);

    /// <summary>What is loaded already: used to skip unchanged documents.</summary>
    public static readonly CypherStatement LoadedDocuments = new(
        "loader.loaded-documents",
        """
        MATCH (d:Document) WHERE d.id IN $ids
        RETURN d.id AS id, d.sha256 AS sha256, d.rulesVersion AS rulesVersion, d.text IS NOT NULL AS hasText
        """);

    /// <summary>Loaded documents with one of the given text hashes: copies of a document under another name or encoding.</summary>
    public static readonly CypherStatement DocumentsWithText = new(
        "loader.documents-with-text",
        """
        MATCH (d:Document) WHERE d.textSha256 IN $hashes
        RETURN d.id AS id, d.fileName AS fileName, d.textSha256 AS textSha256
        """);

    /// <summary>The record a load leaves behind, linked to the documents it loaded.</summary>
    public static readonly CypherStatement RecordLoadRun = new(
        "loader.record-load-run",
        """
        CREATE (run:LoadRun {id: $id, startedAt: $startedAt, finishedAt: $finishedAt, rulesVersion: $rulesVersion,
                             documents: $documents, sha256: $sha256, skipped: $skipped, unloaded: $unloaded,
                             nodes: $nodes, relationships: $relationships, evidence: $evidence})
        WITH run
        UNWIND $documents AS documentId
        MATCH (d:Document {id: documentId})
        MERGE (run)-[:LOADED]->(d)
        RETURN run.id AS id
        """);

    // Per way of writing evidence (EvidenceWrite), the merge statement of each label and of each type.
    private static readonly FrozenDictionary<EvidenceWrite, FrozenDictionary<string, CypherStatement>> NodeMerges =
        Enum.GetValues<EvidenceWrite>().ToFrozenDictionary(w => w, w => NodeLabels.All.ToFrozenDictionary(label => label, label => MergeNodesFor(label, w), StringComparer.Ordinal));

    private static readonly FrozenDictionary<EvidenceWrite, FrozenDictionary<string, CypherStatement>> RelationshipMerges =
        Enum.GetValues<EvidenceWrite>().ToFrozenDictionary(w => w, w => RelationshipTypes.All.ToFrozenDictionary(type => type, type => MergeRelationshipsFor(type, w), StringComparer.Ordinal));

    /// <summary>The node merge statement for each label of the model (evidence written by statements of its own).</summary>
    public static FrozenDictionary<string, CypherStatement> MergeNodes => NodeMerges[EvidenceWrite.Separate];

    /// <summary>The relationship merge statement for each type of the model (evidence written by statements of its own).</summary>
    public static FrozenDictionary<string, CypherStatement> MergeRelationships => RelationshipMerges[EvidenceWrite.Separate];

    /// <summary>Every node and relationship merge statement, for the Cypher 5 lint.</summary>
    public static IEnumerable<CypherStatement> AllMerges => NodeMerges.Values.Concat(RelationshipMerges.Values).SelectMany(statements => statements.Values);

    /// <summary>
    /// The node merge statement for each label that also writes each row's evidence (<c>row.evidence</c>) as
    /// <paramref name="evidence"/> says: created after the document was withdrawn in the same transaction, merged
    /// in the bounded parts of a large document (a part may run again after a commit whose answer was lost).
    /// </summary>
    internal static FrozenDictionary<string, CypherStatement> MergeNodesWriting(EvidenceWrite evidence) => NodeMerges[evidence];

    /// <summary>The relationship merge statement for each type that also writes each row's evidence.</summary>
    internal static FrozenDictionary<string, CypherStatement> MergeRelationshipsWriting(EvidenceWrite evidence) => RelationshipMerges[evidence];

    // Properties are replaced (SET n = …) so that a property a document no longer states disappears;
    // the support list is read first and written back with this document added.
    private static CypherStatement MergeNodesFor(string label, EvidenceWrite evidence) => new(
        "loader.merge-nodes" + Suffix(evidence) + "." + label,
        $"""
        UNWIND $rows AS row
        MERGE (n:Entity {"{"}id: row.id{"}"})
        WITH n, row, coalesce(n.sources, []) AS before
        SET n = row.properties
        SET n:{label}, n.id = row.id, n.label = '{label}', n.name = row.name, n.aliases = row.aliases,
            n.{LoaderSchema.SearchTextProperty} = {SearchText("row.name", "coalesce(row.aliases, [])")},
            n.sources = CASE WHEN $document IN before THEN before ELSE before + $document END
        """ + evidence switch
        {
            EvidenceWrite.Create => "\nFOREACH (evidence IN row.evidence | CREATE (e:Evidence)-[:EVIDENCE_FOR]->(n) SET e = evidence)",
            EvidenceWrite.Merge => "\nFOREACH (evidence IN row.evidence | MERGE (e:Evidence {id: evidence.id}) SET e = evidence MERGE (e)-[:EVIDENCE_FOR]->(n))",
            _ => string.Empty,
        });

    // The name and the aliases, one per line: a line break ends a CJK bigram, so no token spans two of
    // them (a phrase may still match across a break; the API re-checks every hit with CONTAINS).
    private static string SearchText(string name, string aliases) => $"reduce(t = {name}, a IN {aliases} | t + '\\n' + a)";

    private static CypherStatement MergeRelationshipsFor(string type, EvidenceWrite evidence) => new(
        "loader.merge-relationships" + Suffix(evidence) + "." + type,
        $"""
        UNWIND $rows AS row
        MATCH (a:Entity {"{"}id: row.from{"}"})
        MATCH (b:Entity {"{"}id: row.to{"}"})
        MERGE (a)-[r:{type} {"{"}id: row.id{"}"}]->(b)
        WITH r, row, coalesce(r.sources, []) AS before
        SET r = row.properties
        SET r.id = row.id, r.quote = row.quote,
            r.sources = CASE WHEN $document IN before THEN before ELSE before + $document END
        """ + evidence switch
        {
            // A relationship cannot be the end of another relationship: its evidence names it by subject.
            EvidenceWrite.Create => "\nFOREACH (evidence IN row.evidence | CREATE (e:Evidence) SET e = evidence)",
            EvidenceWrite.Merge => "\nFOREACH (evidence IN row.evidence | MERGE (e:Evidence {id: evidence.id}) SET e = evidence)",
            _ => string.Empty,
        });

    private static string Suffix(EvidenceWrite evidence) => evidence switch
    {
        EvidenceWrite.Create => "-creating-evidence",
        EvidenceWrite.Merge => "-merging-evidence",
        _ => string.Empty,
    };
}

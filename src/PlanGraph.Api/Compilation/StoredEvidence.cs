namespace PlanGraph.Api.Compilation;

/// <summary>
/// How the loader stores evidence (PlanGraph.Neo4j.Loading): one <c>:Evidence</c> node per piece, with
/// the properties of <see cref="PlanGraph.Core.Evidence"/> (the document id as <c>document</c>). A node's
/// evidence points at it with <c>EVIDENCE_FOR</c>; a relationship's evidence names it by
/// <c>subject</c> = the relationship's id (a relationship cannot be the end of another relationship).
/// Kept in one place so the compiler follows the loader.
/// </summary>
public static class StoredEvidence
{
    /// <summary>The fields evidence is ordered by (document, then position, then rule).</summary>
    private static readonly string[] OrderFields = ["documentId", "spanStart", "rule"];

    /// <summary>The evidence fields the API exposes.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["documentId", "sectionPath", "firstLine", "lastLine", "spanStart", "spanEnd", "quote", "rule"];

    /// <summary>
    /// Cypher for the node's own evidence, as a list of maps. The loader also records, for a node a
    /// document names only as a relationship's end, that relationship's evidence (rule "endpoint:…");
    /// that support belongs to the relationship, where the API shows it, so it is left out here.
    /// </summary>
    public static string OfNode(string node, string evidence, IEnumerable<string>? fields = null)
        => $"[({evidence}:Evidence)-[:EVIDENCE_FOR]->({node}) WHERE NOT {evidence}.rule STARTS WITH 'endpoint:' | {Map(evidence, fields)}]";

    /// <summary>
    /// Cypher for the evidence of the relationship bound to <paramref name="relationship"/>. The zero-length
    /// pattern makes a pattern comprehension over evidence nodes found by property (Neo4j 3.1 and 5 both
    /// require a relationship pattern there).
    /// </summary>
    public static string OfRelationship(string relationship, string evidence, IEnumerable<string>? fields = null)
        => $"[({evidence}:Evidence)-[*0..0]-({evidence}x) WHERE {evidence}.subject = {relationship}.id | {Map(evidence, fields)}]";

    /// <summary>
    /// The evidence map: the fields asked for (all when <paramref name="fields"/> is null) plus the three the
    /// API orders evidence by, so a request for quotes does not carry every span and path over the wire.
    /// </summary>
    private static string Map(string evidence, IEnumerable<string>? fields)
    {
        var wanted = fields?.ToHashSet(StringComparer.Ordinal);
        var entries = Fields
            .Where(field => wanted is null || wanted.Contains(field) || OrderFields.Contains(field))
            .Select(field => field == "documentId" ? $"documentId: {evidence}.document" : "." + field);
        return $"{evidence} {{{string.Join(", ", entries)}}}";
    }
}

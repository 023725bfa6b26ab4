using PlanGraph.Neo4j.Loading;

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
    /// <summary>
    /// The map key of the one value evidence is ordered by (document, then position, then rule):
    /// <see cref="PlanGraph.Core.Evidence.OrderKey"/>, stored by the loader as <see cref="LoadStatements.EvidenceOrderProperty"/>.
    /// </summary>
    public const string OrderKey = LoadStatements.EvidenceOrderProperty;

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
    /// Cypher for the node's own evidence whose sentence contains <paramref name="needle"/> (a lower-cased
    /// parameter), or all of it when none does: what a search hit shows, without carrying every sentence
    /// of a node that hundreds support.
    /// </summary>
    /// <param name="node">The node's variable.</param>
    /// <param name="evidence">A fresh variable for the evidence node.</param>
    /// <param name="needle">The lower-cased text's parameter.</param>
    /// <param name="first">Fresh variables (best, candidate) to keep only the first sentence in document order
    /// (a one-item list; what <c>sentence</c> needs), or null for the whole list.</param>
    public static string OfNodeQuoting(string node, string evidence, string needle, (string Best, string Candidate)? first = null)
    {
        var own = $"({evidence}:Evidence)-[:EVIDENCE_FOR]->({node}) WHERE NOT {evidence}.rule STARTS WITH 'endpoint:'";
        var quoting = $"{own} AND toLower({evidence}.quote) CONTAINS {needle}";
        var map = Map(evidence, first is null ? null : ["quote"]);
        var list = $"CASE WHEN size([{quoting} | 1]) > 0 THEN [{quoting} | {map}] ELSE [{own} | {map}] END";
        if (first is not { } f)
        {
            return list;
        }

        var (b, m) = f;
        var earlier = $"{b} IS NULL OR {m}.{OrderKey} < {b}.{OrderKey}";
        return $"[reduce({b} = null, {m} IN {list} | CASE WHEN {earlier} THEN {m} ELSE {b} END)]";
    }

    /// <summary>
    /// Cypher for the evidence of the relationship bound to <paramref name="relationship"/>. The zero-length
    /// pattern makes a pattern comprehension over evidence nodes found by property (Neo4j 3.1 and 5 both
    /// require a relationship pattern there).
    /// </summary>
    public static string OfRelationship(string relationship, string evidence, IEnumerable<string>? fields = null)
        => $"[({evidence}:Evidence)-[*0..0]-({evidence}x) WHERE {evidence}.subject = {relationship}.id | {Map(evidence, fields)}]";

    /// <summary>
    /// The evidence map: the fields asked for (all when <paramref name="fields"/> is null) plus the order key, so a
    /// request for quotes does not carry every span and path over the wire. Evidence an older loader wrote has no
    /// key until the next load's schema step adds it; until then the key is computed from the same properties
    /// (<c>coalesce</c> evaluates its second argument only then).
    /// </summary>
    private static string Map(string evidence, IEnumerable<string>? fields)
    {
        var wanted = fields?.ToHashSet(StringComparer.Ordinal);
        var entries = Fields
            .Where(field => wanted is null || wanted.Contains(field))
            .Select(field => field == "documentId" ? $"documentId: {evidence}.document" : "." + field)
            .Append($"{OrderKey}: coalesce({evidence}.{OrderKey}, {LoadStatements.EvidenceOrderOf(evidence)})");
        return $"{evidence} {{{string.Join(", ", entries)}}}";
    }
}

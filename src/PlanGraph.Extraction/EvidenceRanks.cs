using PlanGraph.Core;

namespace PlanGraph.Extraction;

/// <summary>
/// The order evidence is listed in (document id, span start, rule; ordinal) as one number per evidence: the document's
/// and the rule's rank among all those met, packed around the start, so that sorting numbers sorts the evidence.
/// </summary>
internal sealed class EvidenceRanks
{
    // 20 bits of document rank, 31 of span start, 12 of rule rank: a non-negative long.
    private const int RuleBits = 12;
    private const int StartBits = 31;
    private const int DocumentBits = 20;

    private readonly Dictionary<string, long> documents;
    private readonly Dictionary<string, long> rules;

    // Evidence comes in runs of one document and rule: the last ranks looked up are asked for again.
    private (string? Id, long Rank) lastDocument;
    private (string? Id, long Rank) lastRule;

    public EvidenceRanks(IEnumerable<Evidence> evidence)
    {
        var documentIds = new HashSet<string>(StringComparer.Ordinal);
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        string? document = null;
        string? rule = null;
        foreach (var e in evidence)
        {
            if (e.SpanStart < 0)
            {
                throw new InvalidOperationException($"evidence of {e.DocumentId} starts before its text ({e.SpanStart})");
            }

            if (!ReferenceEquals(e.DocumentId, document))
            {
                documentIds.Add(document = e.DocumentId);
            }

            if (!ReferenceEquals(e.Rule, rule))
            {
                ruleIds.Add(rule = e.Rule);
            }
        }

        if (documentIds.Count >= 1 << DocumentBits || ruleIds.Count >= 1 << RuleBits)
        {
            throw new InvalidOperationException($"{documentIds.Count} documents and {ruleIds.Count} rules exceed the evidence order's ranks");
        }

        documents = Rank(documentIds);
        rules = Rank(ruleIds);
    }

    /// <summary>The evidence's place in the order: equal for the same document, start and rule.</summary>
    public long Key(Evidence evidence)
    {
        if (!ReferenceEquals(evidence.DocumentId, lastDocument.Id))
        {
            lastDocument = (evidence.DocumentId, documents[evidence.DocumentId]);
        }

        if (!ReferenceEquals(evidence.Rule, lastRule.Id))
        {
            lastRule = (evidence.Rule, rules[evidence.Rule]);
        }

        return (lastDocument.Rank << (StartBits + RuleBits)) | ((long)evidence.SpanStart << RuleBits) | lastRule.Rank;
    }

    private static Dictionary<string, long> Rank(HashSet<string> ids)
    {
        var ranked = new Dictionary<string, long>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            ranked[id] = ranked.Count;
        }

        return ranked;
    }
}

using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>
/// Every entity is MENTIONED_IN each document whose sentences name it (by name or alias of four
/// characters or more, so short aliases do not over-link), with the first such sentence as evidence.
/// </summary>
internal static class MentionExtraction
{
    public static void Run(IReadOnlyList<IngestedDocument> documents, IReadOnlyList<SourceDocument> sources, GraphAccumulator graph)
    {
        // Three characters are enough for a distinctive name (黄浦区, 陆家嘴, 上交所); two are not (外滩, 黄浦).
        var entities = graph.Nodes.Where(n => n.Label is not NodeLabels.Target)
            .Select(n => (n.Id, Forms: n.Aliases.Prepend(n.Name).Where(f => f.Length >= 3).Distinct(StringComparer.Ordinal).ToArray()))
            .Where(e => e.Forms.Length > 0)
            .ToList();
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var source = sources[d];
            var evidence = new EvidenceFactory(source.Id, document.Map);

            // The document's sentences as one text (a separator no name holds between them), searched once
            // per name: the first hit is in the first sentence that names the entity.
            var starts = new int[document.Sentences.Count];
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < starts.Length; i++)
            {
                starts[i] = text.Length;
                text.Append(document.Sentences[i].Text.Text).Append(Separator);
            }

            var all = text.ToString();
            foreach (var (id, forms) in entities)
            {
                var first = -1;
                foreach (var form in forms)
                {
                    var at = first < 0 ? all.IndexOf(form, StringComparison.Ordinal) : all.IndexOf(form, 0, first, StringComparison.Ordinal);
                    if (at >= 0 && (first < 0 || at < first))
                    {
                        first = at;
                    }
                }

                if (first >= 0)
                {
                    var index = Array.BinarySearch(starts, first);
                    var sentence = document.Sentences[index >= 0 ? index : ~index - 1];
                    graph.Relationship(RelationshipTypes.MentionedIn, id, source.Id, evidence.From(sentence.Text, sentence.SectionPath, "mention.name"));
                }
            }
        }
    }

    private const char Separator = '\u0001';
}

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
        var entities = graph.Nodes.Where(n => n.Label is not NodeLabels.Target).ToList();
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var source = sources[d];
            var evidence = new EvidenceFactory(source.Id, document.Map);
            foreach (var (id, _, name, aliases) in entities)
            {
                // Three characters are enough for a distinctive name (福田区, 华强北, 深交所); two are not (河套, 福田).
                var forms = aliases.Prepend(name).Where(f => f.Length >= 3).ToList();
                var sentence = document.Sentences.FirstOrDefault(s => forms.Any(f => s.Text.Text.Contains(f, StringComparison.Ordinal)));
                if (sentence is not null)
                {
                    graph.Relationship(RelationshipTypes.MentionedIn, id, source.Id, evidence.From(sentence.Text, sentence.SectionPath, "mention.name"));
                }
            }
        }
    }
}

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
        // One automaton over every entity's forms, one pass over each sentence (docs/extraction.md, "Throughput"):
        // the cost grows with the text and the number of hits, not with texts × entities.
        var matcher = new PhraseMatcher<int>(entities.SelectMany((e, i) => e.Forms.Select(f => (f, i))));
        var firstSentence = new int[entities.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var source = sources[d];
            var evidence = new EvidenceFactory(source.Id, document.Map);
            Array.Fill(firstSentence, -1);
            for (var i = 0; i < document.Sentences.Count; i++)
            {
                foreach (var (_, _, named) in matcher.Matches(document.Sentences[i].Text.Text))
                {
                    foreach (var e in named)
                    {
                        if (firstSentence[e] < 0)
                        {
                            firstSentence[e] = i;
                        }
                    }
                }
            }

            // In the entities' order, as the graph met them; the evidence is the first sentence that names the entity.
            for (var e = 0; e < entities.Count; e++)
            {
                if (firstSentence[e] >= 0)
                {
                    var sentence = document.Sentences[firstSentence[e]];
                    graph.Relationship(RelationshipTypes.MentionedIn, entities[e].Id, source.Id, evidence.From(sentence.Text, sentence.SectionPath, "mention.name"));
                }
            }
        }
    }
}

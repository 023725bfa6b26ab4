using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// place.suffix and place.coordinated: places outside the gazetteer named after one inside it, or listed beside
/// such a place with the same suffix (see <see cref="SuffixPlaces"/>), inside their anchor. A name this document
/// gives a project is no place; other documents' projects are not read.
/// </summary>
internal sealed class SuffixPlaceRule : IDocumentRule
{
    public string Id => "place.suffix";

    public RuleStage Stage => RuleStage.Entities;

    public void Apply(DocumentContext context)
    {
        var graph = context.Graph;
        var projects = graph.NodesIn(context.DocumentId).Where(n => n.Label == NodeLabels.Project).SelectMany(n => graph.FormsOf(n.Id)).ToHashSet(StringComparer.Ordinal);
        Func<string, bool> isProject = projects.Contains;
        var matches = context.Mentions.Places;
        for (var i = 0; i < context.Document.Sentences.Count; i++)
        {
            // Both readings start from a gazetteer place of the sentence.
            if (matches[i].Count == 0)
            {
                continue;
            }

            var sentence = context.Document.Sentences[i];
            var found = SuffixPlaces.Find(sentence.Text.Text, matches[i], context.Gazetteer, isProject, context.Region).ToList();
            foreach (var candidate in found)
            {
                var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, Id);
                var id = graph.Node(NodeLabels.Place, candidate.Name, evidence, new Dictionary<string, object?> { ["type"] = candidate.Type, ["source"] = "suffix" });
                var anchor = PlaceNodes.Known(context, candidate.Anchor, evidence with { Rule = "place.suffix-anchor" });
                graph.Relationship(RelationshipTypes.PartOf, id, anchor, evidence with { Rule = "place.suffix-containment" });
            }

            foreach (var coordinate in SuffixPlaces.Coordinated(sentence.Text.Text, matches[i], found, context.Gazetteer, isProject, context.Region))
            {
                var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, "place.coordinated");
                var id = graph.Node(NodeLabels.Place, coordinate.Name, evidence, new Dictionary<string, object?> { ["type"] = coordinate.Type, ["source"] = "coordination" });
                if (coordinate.Container is { } container)
                {
                    graph.Relationship(RelationshipTypes.PartOf, id, PlaceNodes.Known(context, container, evidence with { Rule = "place.coordinated-anchor" }), evidence with { Rule = "place.coordinated-containment" });
                }
            }
        }
    }
}

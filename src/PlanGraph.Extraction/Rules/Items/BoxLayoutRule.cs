using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Places;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// project.box-layout: a 专栏 box of prose that lays fields out over places (<see cref="BoxLayouts"/>) lists each field as a
/// Project PART_OF the box's Project (which Rules/Items/ProgrammeBoxRule wrote), LOCATED_IN the places inside the document's
/// region its paragraph's first sentence names (集成电路以张江、临港、嘉定为核心… → 嘉定区 …).
/// </summary>
internal sealed class BoxLayoutRule : IDocumentRule
{
    public string Id => "project.box-layout";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        var graph = context.Graph;
        foreach (var box in context.Document.Boxes)
        {
            var fields = BoxLayouts.Paragraphs(box);
            var title = Canonical.Display(box.Title);
            var boxNode = ProgrammeBoxRule.NodeId(box);
            if (fields.Count == 0 || !graph.HasNode(boxNode))
            {
                continue;
            }

            foreach (var (paragraph, field) in fields)
            {
                // The first sentence says where the field goes; the ones after describe it.
                var stop = paragraph.Text.IndexOf('。', StringComparison.Ordinal);
                var sentence = stop < 0 ? paragraph : context.Document.Piece(paragraph.SpanStart, paragraph.SpanStart + stop + 1);
                var evidence = context.Evidence.From(sentence, box.SectionPath, Id);
                // A field is the box's: the same field in another box is another item.
                var project = graph.Node(NodeLabels.Project, field, evidence, new Dictionary<string, object?> { ["category"] = "field", ["box"] = $"专栏{box.Number} {box.Title}" },
                    id: StableId.For(NodeLabels.Project, Canonical.Key(title), Canonical.Key(field)));
                graph.Relationship(RelationshipTypes.PartOf, project, boxNode, evidence);
                if (context.Region is { } region)
                {
                    foreach (var place in context.Gazetteer.InsideRegion(sentence.Text, region))
                    {
                        graph.Relationship(RelationshipTypes.LocatedIn, project, PlaceNodes.Known(context, place, evidence), evidence);
                    }
                }
            }
        }
    }
}

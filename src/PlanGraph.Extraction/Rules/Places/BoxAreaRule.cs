using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Items;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// place.box-area: the areas a 专栏 box lists by its rows or paragraphs (<see cref="BoxAreas"/>: 禄口新城    建设…,
/// 嘉定新城强化…) are places PART_OF the box's Project, and what a row builds lies there (located.box-area). Runs
/// after the place rules, so an area they already put inside its district (松江新城 in 松江区) keeps that container;
/// another is an area of the document's region.
/// </summary>
internal sealed class BoxAreaRule : IDocumentRule
{
    public string Id => "place.box-area";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        var graph = context.Graph;
        foreach (var box in context.Document.Boxes)
        {
            // The box's node, as the box rule wrote it; a box it made none of lists nothing.
            var boxNode = ProgrammeBoxRule.NodeId(box);
            if (!graph.HasNode(boxNode))
            {
                continue;
            }

            foreach (var (paragraph, area) in BoxAreas.Paragraphs(box))
            {
                Listed(context, boxNode, area, context.Evidence.From(paragraph, box.SectionPath, Id));
            }

            var rows = BoxAreas.Rows(box);
            for (var i = 0; i < box.Items.Count; i++)
            {
                if (rows[i] is not { } area)
                {
                    continue;
                }

                var item = box.Items[i];
                var evidence = context.Evidence.From(item.Text, box.SectionPath, Id);
                var place = Listed(context, boxNode, area, evidence);
                foreach (var project in context.BoxItemProjects.GetValueOrDefault(item) ?? context.BoxRowProjects.GetValueOrDefault(item) ?? [])
                {
                    graph.Relationship(RelationshipTypes.LocatedIn, project, place, evidence with { Rule = "located.box-area" });
                }
            }
        }
    }

    /// <summary>The area as a Place PART_OF the box: a division the gazetteer knows, else an area of the document's region.</summary>
    private string Listed(DocumentContext context, string boxNode, string area, Evidence evidence)
    {
        var placed = context.Graph.HasNode(StableId.For(NodeLabels.Place, Canonical.Key(area)));
        var place = PlaceNodes.Named(context, area, placed ? null : context.Region?.Home, evidence);
        context.Graph.Relationship(RelationshipTypes.PartOf, place, boxNode, evidence);
        return place;
    }
}

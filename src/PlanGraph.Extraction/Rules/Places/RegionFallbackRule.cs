using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Places;

/// <summary>
/// The fallback: a project of a district's or city's document whose text says nowhere where it lies is LOCATED_IN the
/// document's own division (its title's and issuer's), marked by this rule id so that a reader can tell a stated place
/// from the fallback. National documents and documents of no division give none, nor do programmes (a 专栏 or a
/// counted list that holds projects): where they are is where their parts are.
/// </summary>
internal sealed class RegionFallbackRule : IDocumentRule
{
    public string Id => "located.document-region-fallback";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        if (context.Region is not { } region)
        {
            return;
        }

        var graph = context.Graph;
        string? home = null;
        foreach (var (id, label) in graph.NodesIn(context.DocumentId))
        {
            if (label != NodeLabels.Project || graph.EvidenceOf(id).FirstOrDefault(e => e.DocumentId == context.DocumentId) is not { } first
                || graph.HasRelationshipFrom(RelationshipTypes.LocatedIn, id, context.DocumentId)
                || graph.PropertyOf(id, "category") is "programme" or "box")
            {
                continue;
            }

            var evidence = first with { Rule = Id };
            home ??= PlaceNodes.Known(context, region.Home, evidence with { Rule = "place.document-region" });
            graph.Relationship(RelationshipTypes.LocatedIn, id, home, evidence);
        }
    }
}

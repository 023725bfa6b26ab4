using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Items;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Goals;

/// <summary>Goals the goal rules write: a goal of the plan, HAS_GOAL when it has no parent, else PART_OF it.</summary>
internal static class GoalWriter
{
    public static StatedGoal Add(DocumentContext context, string name, Evidence evidence, OutlineNode section, string numbering, string? parent)
    {
        var goal = context.Graph.Node(NodeLabels.Goal, name, evidence,
            new Dictionary<string, object?> { ["sectionPath"] = section.SectionPath, ["numbering"] = numbering },
            id: ItemGoals.Id(context, name));
        if (parent is null)
        {
            context.Graph.Relationship(RelationshipTypes.HasGoal, context.PlanId!, goal, evidence);
        }
        else if (parent != goal)
        {
            context.Graph.Relationship(RelationshipTypes.PartOf, goal, parent, evidence);
        }

        return new StatedGoal(goal, name, section, evidence.SpanStart);
    }

    /// <summary>Whether the goal rules read a document: a plan's own text (not an interpretation's, a reply's or another kind's).</summary>
    public static bool ReadsGoals(DocumentContext context)
        => context.PlanId is not null && context.Kind is not (DocumentKinds.Interpretation or DocumentKinds.Reply or DocumentKinds.Other);
}

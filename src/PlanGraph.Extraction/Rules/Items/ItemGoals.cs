using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>Goals the item rules find and add, keyed as the goal rules key them (plan and canonical name).</summary>
internal static class ItemGoals
{
    public static string Id(DocumentContext context, string name) => context.Graph.ScopedId(NodeLabels.Goal, context.PlanId!, name);

    /// <summary>The goal a section's heading became, if any.</summary>
    public static string? OfSection(DocumentContext context, OutlineNode section)
    {
        if (context.PlanId is null || section.Kind != OutlineKind.Section)
        {
            return null;
        }

        var id = Id(context, Canonical.Display(section.Heading));
        return context.Graph.HasNode(id) ? id : null;
    }

    /// <summary>Adds a goal of the plan; a goal without parent hangs off the plan.</summary>
    public static string Add(DocumentContext context, string name, Evidence evidence, string sectionPath, string numbering, string? parent, IEnumerable<string>? aliases = null)
    {
        var goal = context.Graph.Node(NodeLabels.Goal, name, evidence,
            new Dictionary<string, object?> { ["sectionPath"] = sectionPath, ["numbering"] = numbering },
            id: Id(context, name), aliases: aliases);
        if (parent is null)
        {
            context.Graph.Relationship(RelationshipTypes.HasGoal, context.PlanId!, goal, evidence);
        }
        else
        {
            context.Graph.Relationship(RelationshipTypes.PartOf, goal, parent, evidence);
        }

        return goal;
    }

    public static TextPiece Sub(DocumentContext context, TextPiece piece, int start, int length)
    {
        var spanStart = piece.SpanStart + start;
        var spanEnd = spanStart + length;
        var (first, last) = context.Document.Map.Lines(spanStart, spanEnd);
        return new TextPiece(piece.Text.Substring(start, length), spanStart, spanEnd, first, last);
    }

    public static TextPiece Piece(DocumentContext context, OutlineNode node)
    {
        var text = context.Document.NormalizedText[node.SpanStart..node.SpanEnd];
        return new TextPiece(text, node.SpanStart, node.SpanEnd, node.FirstLine, node.LastLine);
    }
}

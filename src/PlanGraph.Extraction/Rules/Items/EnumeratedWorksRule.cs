using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// Works listed with their count (docs/extraction.md, `project.enumerated`): "A、B、C等3项工程" (a 重大工程 table
/// row or a sentence, wrapped over several lines) names exactly that many projects when the items before 等
/// number N. In a table row the field before the list (全国政治中心建设) is a programme the works are PART_OF,
/// itself PART_OF the table's programme title (“十五五”时期重大工程包); in running text the works SUPPORT the goal
/// whose section lists them.
/// </summary>
internal sealed partial class EnumeratedWorksRule : IDocumentRule
{
    public string Id => "project.enumerated";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        if (context.PlanId is null)
        {
            return;
        }

        Walk(context, context.Document.Outline, null, null);
    }

    private void Walk(DocumentContext context, OutlineNode node, string? goal, string? package)
    {
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.Kind == OutlineKind.Section)
            {
                Walk(context, child, ItemGoals.OfSection(context, child) ?? goal, null);
                continue;
            }

            if (child.Kind != OutlineKind.Paragraph)
            {
                continue;
            }

            var text = Canonical.Display(child.Heading);

            // A programme title line ("“十五五”时期重大工程包") heads the rows below it.
            if (text.Length <= 30 && !text.Contains('，', StringComparison.Ordinal) && !text.Contains('、', StringComparison.Ordinal)
                && ItemLexicon.Value.ProgrammeSuffix(text) is "工程包" or "工程" or "项目")
            {
                package = context.Graph.Node(NodeLabels.Project, text, context.Evidence.From(ItemGoals.Piece(context, child), child.SectionPath, Id),
                    new Dictionary<string, object?> { ["category"] = "programme" });
                continue;
            }

            if (!text.Contains('、', StringComparison.Ordinal))
            {
                continue;
            }

            // The list may run over the next lines until its "等N项工程".
            var last = i;
            var joined = child.Heading.Trim();
            while (Count().Match(joined) is not { Success: true } && last + 1 < children.Count && last - i < 4 && children[last + 1].Kind == OutlineKind.Paragraph)
            {
                last++;
                joined += children[last].Heading.Trim();
            }

            joined = Canonical.Display(joined);
            if (Count().Match(joined) is not { Success: true } count)
            {
                continue;
            }

            var items = joined[..count.Index].Split('、').Select(s => Canonical.Display(s)).ToList();
            if (items.Count != int.Parse(count.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) || items.Any(s => s.Length is < 3 or > 30 || s.Contains('，', StringComparison.Ordinal)))
            {
                continue;
            }

            var first = children[i];
            var piece = new TextPiece(context.Document.NormalizedText[first.SpanStart..children[last].SpanEnd], first.SpanStart, children[last].SpanEnd, first.FirstLine, children[last].LastLine);
            var evidence = context.Evidence.From(piece, first.SectionPath, Id);
            var owner = RowLabel(context, children, i, package, evidence) ?? goal;
            foreach (var item in items)
            {
                var project = context.Graph.Node(NodeLabels.Project, item, evidence, new Dictionary<string, object?> { ["category"] = "project" });
                context.Graph.Relationship(owner == goal ? RelationshipTypes.Supports : RelationshipTypes.PartOf, project, owner ?? project, evidence);
            }

            i = last;
        }
    }

    /// <summary>The field a table row names before its list: the short lines after the row number, joined (全国政治 / 中心建设).</summary>
    private static string? RowLabel(DocumentContext context, IReadOnlyList<OutlineNode> children, int listIndex, string? package, Evidence evidence)
    {
        var parts = new List<string>();
        for (var j = listIndex - 1; j >= 0 && parts.Count < 5; j--)
        {
            var text = Canonical.Display(children[j].Heading);
            if (children[j].Kind != OutlineKind.Paragraph || text.Length > 16)
            {
                break;
            }

            var number = RowNumber().Match(text);
            if (number.Success && number.Length == text.Length)
            {
                break;
            }

            parts.Insert(0, text[number.Length..]);
            if (number.Success)
            {
                break;
            }
        }

        var label = string.Concat(parts);
        if (label.Length is < 4 or > 24)
        {
            return null;
        }

        var node = context.Graph.Node(NodeLabels.Project, label, evidence, new Dictionary<string, object?> { ["category"] = "programme" });
        if (package is not null)
        {
            context.Graph.Relationship(RelationshipTypes.PartOf, node, package, evidence);
        }

        return node;
    }

    // "等7项工程", "等12项重大项目": the count that closes a list.
    [GeneratedRegex(@"等(?<n>\d{1,2})(项|个)(重大)?(工程|项目|行动)$")]
    private static partial Regex Count();

    [GeneratedRegex(@"^\d{1,2}")]
    private static partial Regex RowNumber();
}

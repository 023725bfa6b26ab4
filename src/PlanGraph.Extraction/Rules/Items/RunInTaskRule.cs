using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Items;

/// <summary>
/// Tasks a goal lists in its text (docs/extraction.md, `goal.run-in-task`): numbered paragraphs that open with a
/// run-in title (（一）建立“数字工程”基座。…, 1﹒推进工业互联网外网建设。…), unnumbered paragraphs of one section
/// that each open with a task title (推进商办楼宇资源建设。…, two or more of them), the short titles that spell out
/// a numbered title with no body of its own (13﹒开展…推广。 then 智能化制造。…), and headings the goal rules
/// leave out because they end in 。 or carry a label (（一）网络体系强基行动。, （一）“促发展”：优化商务商业资源).
/// Each is a goal PART_OF the goal that lists it.
/// </summary>
internal sealed partial class RunInTaskRule : IDocumentRule
{
    /// <summary>The longest title that only names a kind of task (智能化制造, 网络化协同).</summary>
    private const int ShortTitle = 10;

    public string Id => "goal.run-in-task";

    public RuleStage Stage => RuleStage.Items;

    public void Apply(DocumentContext context)
    {
        if (context.PlanId is null || context.Kind != DocumentKinds.Plan)
        {
            return;
        }

        Walk(context, context.Document.Outline, null, false, 0);
    }

    private void Walk(DocumentContext context, OutlineNode node, string? parentGoal, bool inContext, int depth)
    {
        var lexicon = ItemLexicon.Value;
        var paragraphs = node.Children.Where(c => c.Kind == OutlineKind.Paragraph).ToList();

        // Unnumbered titled paragraphs are tasks where a section holds two or more of them and the plan numbers
        // only two levels above them (二、 > （一）): there they are the third level of the task list, while below
        // deeper numbering (第三章 > 第二节 > 1.) a titled paragraph is a detail of its heading.
        var plainTitled = parentGoal is null || depth > 2 ? 0 : paragraphs.Count(p => PlainTitle(context, p) is not null);
        // A heading set as a run-in title (13﹒开展…推广。) whose every paragraph opens with a short title (智能化制造。…)
        // is spelt out by them, however deep it is numbered.
        (string Goal, bool Bare)? lastNumbered = parentGoal is not null && node.Kind == OutlineKind.Section && node.Heading.TrimEnd().EndsWith('。')
            && paragraphs.Count >= 2 && paragraphs.All(p => PlainTitle(context, p) is { Name.Length: <= ShortTitle })
            ? (parentGoal, true) : null;
        foreach (var child in node.Children)
        {
            if (child.Kind == OutlineKind.Section)
            {
                lastNumbered = null;
                var heading = Canonical.Display(child.Heading);
                var childContext = inContext || lexicon.IsContext(heading);
                var goal = ItemGoals.OfSection(context, child) ?? (childContext ? null : LabelledHeading(context, child, parentGoal));
                // "1.1" refines "1." rather than adding a level of the task list (三、 > 1. > 1.1 reads as 二、 > （一）).
                Walk(context, child, goal ?? parentGoal, childContext, depth + (child.Style is NumberingStyle.Markdown or NumberingStyle.None or NumberingStyle.ArabicDotted ? 0 : 1));
                continue;
            }

            if (child.Kind != OutlineKind.Paragraph || parentGoal is null || inContext)
            {
                continue;
            }

            var piece = ItemGoals.Piece(context, child);
            if (lexicon.Marker.Match(piece.Text) is { Success: true } marker && RunInTitle().Match(piece.Text, marker.Length) is { Success: true } title
                && title.Index == marker.Length)
            {
                var name = Canonical.Display(title.Groups["title"].Value);
                if (name.Length >= 2)
                {
                    var evidence = context.Evidence.From(ItemGoals.Sub(context, piece, title.Index, title.Length), child.SectionPath, Id);
                    var goal = ItemGoals.Add(context, name, evidence, child.SectionPath, marker.Value.Trim(), parentGoal);
                    lastNumbered = (goal, piece.Text[(title.Index + title.Length)..].Trim().Length == 0);
                }

                continue;
            }

            if (PlainTitle(context, child) is { } plain)
            {
                // A bare numbered title is spelt out by the short titled paragraphs after it.
                var parent = lastNumbered is { Bare: true } bare ? bare.Goal : plainTitled >= 2 && lexicon.StartsWithTaskVerb(plain.Name) ? parentGoal : null;
                if (parent is not null)
                {
                    var evidence = context.Evidence.From(ItemGoals.Sub(context, piece, 0, plain.Length), child.SectionPath, Id);
                    ItemGoals.Add(context, plain.Name, evidence, child.SectionPath, "", parent);
                }

                continue;
            }

            lastNumbered = null;
        }
    }

    /// <summary>A paragraph's run-in title without numbering ("推进商办楼宇资源建设。…"), or null.</summary>
    private static (string Name, int Length)? PlainTitle(DocumentContext context, OutlineNode paragraph)
    {
        var text = context.Document.NormalizedText[paragraph.SpanStart..paragraph.SpanEnd];
        if (ItemLexicon.Value.Marker.IsMatch(text) || RunInTitle().Match(text) is not { Success: true, Index: 0 } title)
        {
            return null;
        }

        var name = Canonical.Display(title.Groups["title"].Value);
        return name.Length is >= 4 and <= 24 ? (name, title.Length) : null;
    }

    /// <summary>
    /// A sub-heading the goal rules leave out: one ending in 。 (（一）网络体系强基行动。) that names a task or a
    /// programme, or a labelled one (“促发展”：优化商务商业资源) whose words after the label name a task.
    /// </summary>
    private string? LabelledHeading(DocumentContext context, OutlineNode section, string? parentGoal)
    {
        var lexicon = ItemLexicon.Value;
        var raw = section.Heading.Trim();
        var heading = Canonical.Display(raw);
        if (heading.Length is < 4 or > 40)
        {
            return null;
        }

        var colon = heading.IndexOfAny(['：', ':']);
        var evidence = context.Evidence.From(ItemGoals.Piece(context, section), section.SectionPath, Id);
        if (colon > 0)
        {
            var label = Canonical.Display(heading[..colon].Trim('“', '”', '"'));
            var task = Canonical.Display(heading[(colon + 1)..]);
            // A quoted label (“彰人文”：厚植…) marks a task heading whatever verb the task opens with.
            var quoted = heading[..colon].Trim() is ['“' or '"', .., '”' or '"'];
            if (label.Length is >= 2 and <= 8 && task.Length >= 4 && (quoted || lexicon.StartsWithTaskVerb(task)) && !task.Contains('，', StringComparison.Ordinal))
            {
                return ItemGoals.Add(context, heading, evidence, section.SectionPath, section.Numbering, parentGoal, [task, label]);
            }

            return null;
        }

        if (raw.EndsWith('。') && colon < 0 && !heading.Contains('，', StringComparison.Ordinal)
            && (lexicon.StartsWithTaskVerb(heading) || lexicon.ProgrammeSuffix(heading) is not null))
        {
            return ItemGoals.Add(context, heading, evidence, section.SectionPath, section.Numbering, parentGoal);
        }

        return null;
    }

    // A run-in title: up to 30 characters without clause punctuation, closed by 。 (or by the end of a bare title line).
    [GeneratedRegex(@"\G\s*(?<title>[^，。：；,;:！？\s][^，。：；,;:！？]{1,29})(。|$)")]
    private static partial Regex RunInTitle();
}

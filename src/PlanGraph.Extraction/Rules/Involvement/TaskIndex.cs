using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Involvement;

/// <summary>
/// The task a piece of text belongs to, for the rules that say who does it. A paragraph's task is named by its
/// run-in title ("（三）培育各类工业互联网平台。…", "3．全面提升政务热线服务水平。…"): its first sentence when short
/// and without a comma; an unnumbered paragraph after a numbered one in the same section belongs to that numbered
/// task (13﹒开展…新模式推广。 then 智能化制造。… 数字化管理。…（责任单位：…）). The enclosing section's heading
/// goal is a task too. Goals the goal rules did not create are created here (named like theirs, so one node).
/// </summary>
internal sealed partial class TaskIndex
{
    private const int MaxRunIn = 30;

    private readonly DocumentContext context;
    private readonly List<(int Start, int End, OutlineNode Section, string? RunIn, TextPiece Piece)> paragraphs = [];

    public TaskIndex(DocumentContext context)
    {
        this.context = context;
        Walk(context.Document.Outline);
    }

    /// <summary>The paragraph holding a span, with its section and task title.</summary>
    public (OutlineNode Section, string? RunIn, TextPiece Piece)? At(int spanStart)
        => paragraphs.FirstOrDefault(p => p.Start <= spanStart && spanStart < p.End) is { Section: not null } hit ? (hit.Section, hit.RunIn, hit.Piece) : null;

    public IEnumerable<(OutlineNode Section, string? RunIn, TextPiece Piece)> Paragraphs => paragraphs.Select(p => (p.Section, p.RunIn, p.Piece));

    /// <summary>
    /// The goals (or the plan) a note in a paragraph assigns: the run-in task and the section's goal; the plan when
    /// the paragraph is under no heading.
    /// </summary>
    public IReadOnlyList<string> Tasks(OutlineNode section, string? runIn, Evidence evidence)
    {
        var tasks = new List<string>();
        var sectionGoal = SectionGoal(section, evidence);
        if (runIn is not null)
        {
            tasks.Add(Goal(runIn, section.SectionPath, evidence, sectionGoal));
        }

        if (sectionGoal is not null)
        {
            tasks.Add(sectionGoal);
        }

        if (tasks.Count == 0 && context.PlanId is { } plan)
        {
            tasks.Add(plan);
        }

        return tasks;
    }

    private void Walk(OutlineNode section)
    {
        string? numbered = null;
        foreach (var child in section.Children)
        {
            if (child.Kind == OutlineKind.Paragraph || (child.Kind == OutlineKind.Section && child.Children.Count == 0 && child.Heading.Length > MaxRunIn))
            {
                var start = child.Kind == OutlineKind.Paragraph ? child.SpanStart : child.SpanStart;
                foreach (var piece in OriginalParagraphs(start, child.SpanEnd))
                {
                    var text = child.Kind == OutlineKind.Paragraph ? piece.Text : child.Numbering + child.Heading;
                    var numbering = Numbering().Match(text);
                    var runIn = RunIn(text[numbering.Length..], numbering.Length > 0);
                    if (numbering.Length > 0)
                    {
                        numbered = runIn;
                    }
                    else
                    {
                        runIn = numbered ?? runIn;
                    }

                    paragraphs.Add((piece.SpanStart, piece.SpanEnd, section, runIn, piece));
                }
            }
            else if (child.Kind == OutlineKind.Section)
            {
                numbered = null;
                Walk(child);
            }
        }
    }

    /// <summary>
    /// The paragraphs of the original text inside one outline paragraph: a conversion can join lines that were
    /// paragraphs of their own (a line ending a sentence, followed by a new line), while hard-wrapped lines inside
    /// a sentence stay together.
    /// </summary>
    private IEnumerable<TextPiece> OriginalParagraphs(int start, int end)
    {
        var text = context.Document.NormalizedText;
        var map = context.Document.Map;
        var from = start;
        var line = map.Lines(start, Math.Min(end, start + 1)).First;
        for (var at = start + 1; at < end; at++)
        {
            var here = map.Lines(at, at + 1).First;
            if (here != line && text[at - 1] is '。' or '）' or ')' or '；' && text[at] is not ('（' or '('))
            {
                yield return Piece(from, at);
                from = at;
            }

            line = here;
        }

        yield return Piece(from, end);
    }

    private TextPiece Piece(int start, int end)
    {
        var (first, last) = context.Document.Map.Lines(start, end);
        return new TextPiece(context.Document.NormalizedText[start..end], start, end, first, last);
    }

    /// <summary>A paragraph's run-in title: its first sentence when short and without a comma (notes in brackets removed).</summary>
    private static string? RunIn(string body, bool numbered)
    {
        var stop = body.IndexOf('。', StringComparison.Ordinal);
        if (stop < 0 || (!numbered && stop == body.Length - 1))
        {
            return null;
        }

        var title = TrailingNotes().Replace(body[..stop], string.Empty).Trim();
        return title.Length is >= 4 and <= MaxRunIn && title.IndexOfAny(['，', ',', '；', '：']) < 0 && !Note().IsMatch(body[..stop]) ? title : null;
    }

    private string? SectionGoal(OutlineNode section, Evidence evidence)
    {
        if (section.Kind != OutlineKind.Section)
        {
            return null;
        }

        if (context.GoalsBySection.TryGetValue(section.SectionPath, out var known))
        {
            return known;
        }

        var name = Score().Replace(section.Heading, string.Empty).TrimEnd('。', ' ');
        if (name.Length < 4 || NotATask().IsMatch(name))
        {
            return null;
        }

        var parent = ParentGoal(section.SectionPath);
        var headingPiece = new TextPiece(context.Document.NormalizedText[section.SpanStart..section.SpanEnd], section.SpanStart, section.SpanEnd, section.FirstLine, section.LastLine);
        return Goal(name, section.SectionPath, context.Evidence.From(headingPiece, section.SectionPath, "goal.task-of-note"), parent, headingGoal: true);
    }

    private string? ParentGoal(string sectionPath)
    {
        for (var path = Up(sectionPath); path.Length > 0; path = Up(path))
        {
            if (context.GoalsBySection.TryGetValue(path, out var goal))
            {
                return goal;
            }
        }

        return null;
    }

    private static string Up(string path) => path.Contains(" > ", StringComparison.Ordinal) ? path[..path.LastIndexOf(" > ", StringComparison.Ordinal)] : string.Empty;

    private string Goal(string name, string sectionPath, Evidence evidence, string? parent, bool headingGoal = false)
    {
        var goalEvidence = headingGoal ? evidence : evidence with { Rule = "goal.task-of-note" };
        var id = context.Graph.Node(NodeLabels.Goal, name, goalEvidence, new Dictionary<string, object?> { ["sectionPath"] = sectionPath },
            id: StableId.For(NodeLabels.Goal, context.PlanId ?? context.DocumentId, Canonical.Key(name)));
        if (parent is not null)
        {
            context.Graph.Relationship(RelationshipTypes.PartOf, id, parent, goalEvidence);
        }
        else if (context.PlanId is { } plan)
        {
            context.Graph.Relationship(RelationshipTypes.HasGoal, plan, id, goalEvidence);
        }

        return id;
    }

    [GeneratedRegex(@"^\s*(（[一二三四五六七八九十百]+）|[一二三四五六七八九十]+、|\d+\s*[．.﹒、]\s*|（\d+）)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[（(][^（）()]*[）)]\s*$")]
    private static partial Regex TrailingNotes();

    [GeneratedRegex(@"[（(][^（）()]*(单位|部门)[：:]")]
    private static partial Regex Note();

    // A score or weight after a heading: （3分）, （1.5分）.
    [GeneratedRegex(@"\s*[（(][\d.]+分[）)]\s*$")]
    private static partial Regex Score();

    [GeneratedRegex(@"^(附件|附表|附录|指导思想|基本原则|总体要求|发展目标|主要目标|考评|考核)")]
    private static partial Regex NotATask();
}

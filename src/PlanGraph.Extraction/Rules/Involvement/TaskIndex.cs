using System.Runtime.CompilerServices;
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

    private static readonly ConditionalWeakTable<DocumentContext, TaskIndex> Indexes = [];

    private readonly DocumentContext context;

    // The first role a task gives an institution stays; a later statement only adds evidence (a section goal
    // collects its items' departments: a lead of one item may be a partner of another).
    private readonly Dictionary<(string Task, string Institution), string> roles = [];
    private readonly List<(int Start, int End, OutlineNode Section, string? RunIn, TextPiece Piece)> paragraphs = [];
    private readonly int[] starts;

    /// <summary>The index of a document, built once for every rule that reads it.</summary>
    public static TaskIndex Of(DocumentContext context) => Indexes.GetValue(context, c => new TaskIndex(c));

    /// <summary>INVOLVES from a task to an institution, with the first role stated for the pair.</summary>
    public void Involve(string task, string institution, string role, Evidence evidence)
    {
        if (!roles.TryGetValue((task, institution), out var first))
        {
            roles[(task, institution)] = first = role;
        }

        context.Graph.Relationship(RelationshipTypes.Involves, task, institution, evidence, new Dictionary<string, object?> { ["role"] = first });
    }

    private TaskIndex(DocumentContext context)
    {
        this.context = context;
        starts = [.. context.Document.Outline.Descendants().Skip(1).Select(n => n.SpanStart).Order()];
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
            if (child.Kind == OutlineKind.Paragraph)
            {
                numbered = Add(section, OriginalParagraphs(child.SpanStart, child.SpanEnd), numbered);
            }
            else if (child.Kind == OutlineKind.Section && child.Children.Count == 0 && (child.Heading.Length > MaxRunIn || TitleThenText().IsMatch(child.Heading)))
            {
                // A long numbered item the outline read as a heading ("71. 建立…机制。（…牵头考核单位：…）").
                numbered = Add(section, [Piece(child.SpanStart, child.SpanEnd)], numbered);
            }
            else if (child.Kind == OutlineKind.Section)
            {
                numbered = null;
                Walk(child);
            }
            else if (child.Kind is OutlineKind.Box or OutlineKind.Table)
            {
                // A box's body runs to the next node of the outline and can swallow the paragraphs after it: they
                // are read as the section's (a box's own prose names no department, so nothing else changes).
                var next = starts.FirstOrDefault(s => s > child.SpanStart, context.Document.NormalizedText.Length);
                if (next > child.SpanEnd)
                {
                    numbered = Add(section, OriginalParagraphs(child.SpanEnd, next), numbered);
                }
            }
        }
    }

    private string? Add(OutlineNode section, IEnumerable<TextPiece> pieces, string? numbered)
    {
        foreach (var piece in pieces)
        {
            var numbering = Numbering().Match(piece.Text);
            var runIn = RunIn(piece.Text[numbering.Length..], numbering.Length > 0);
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

        return numbered;
    }

    /// <summary>
    /// The paragraphs of the original text inside one outline paragraph: a conversion can join lines that were
    /// paragraphs of their own (a line ending a sentence, followed by a new line), while hard-wrapped lines inside
    /// a sentence stay together.
    /// </summary>
    private IEnumerable<TextPiece> OriginalParagraphs(int start, int end)
    {
        var text = context.Document.NormalizedText;
        var from = start;

        // A break is tried at the first visible character, then only after a closing mark (found by a vectorised
        // search, not character by character): there the mark is both the last visible character and the one before.
        var first = start + 1;
        while (first < end && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first < end && Breaks(text, LastVisible(text, first), first, start))
        {
            yield return Piece(from, first);
            from = first;
        }

        for (var mark = first < end ? IndexOfClosing(text, first, end) : -1; mark >= 0; mark = IndexOfClosing(text, mark + 1, end))
        {
            var at = mark + 1;
            while (at < end && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at < end && Breaks(text, text[mark], at, mark))
            {
                yield return Piece(from, at);
                from = at;
            }
        }

        yield return Piece(from, end);
    }

    private static readonly System.Buffers.SearchValues<char> Closing = System.Buffers.SearchValues.Create("。）)；");

    private static int IndexOfClosing(string text, int from, int end)
        => text.AsSpan(from, end - from).IndexOfAny(Closing) is var i and >= 0 ? from + i : -1;

    // The lines of the two characters only where the punctuation allows a break (two look-ups per break, not per character).
    private bool Breaks(string text, char lastVisible, int at, int previous)
        => lastVisible is '。' or '）' or ')' or '；' && text[at] is not ('（' or '(') && context.Document.Map.Lines(at, at + 1).First != context.Document.Map.Lines(previous, previous + 1).First;

    private static char LastVisible(string text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at > 0 ? text[at - 1] : '\0';
    }

    private TextPiece Piece(int start, int end)
    {
        var text = context.Document.NormalizedText;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

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

        if (context.GoalsBySection.TryGetValue(section, out var known))
        {
            return known;
        }

        var name = WithoutScore(section.Heading).TrimEnd('。', ' ');
        if (name.Length < 4 || NotATask().IsMatch(name))
        {
            return null;
        }

        var parent = ParentGoal(section);
        var headingPiece = new TextPiece(context.Document.NormalizedText[section.SpanStart..section.SpanEnd], section.SpanStart, section.SpanEnd, section.FirstLine, section.LastLine);
        return Goal(name, section.SectionPath, context.Evidence.From(headingPiece, section.SectionPath, "goal.task-of-note"), parent, headingGoal: true);
    }

    private string? ParentGoal(OutlineNode section)
    {
        foreach (var enclosing in section.Ancestors())
        {
            if (context.GoalsBySection.TryGetValue(enclosing, out var goal))
            {
                return goal;
            }
        }

        return null;
    }

    private string Goal(string name, string sectionPath, Evidence evidence, string? parent, bool headingGoal = false)
    {
        var goalEvidence = headingGoal ? evidence : evidence with { Rule = "goal.task-of-note" };
        var id = context.Graph.Node(NodeLabels.Goal, name, goalEvidence, new Dictionary<string, object?> { ["sectionPath"] = sectionPath },
            id: context.Graph.ScopedId(NodeLabels.Goal, context.PlanId ?? context.DocumentId, name));
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

    // A heading that runs on past its title: "培育物流企业。商务厅会同财政厅制定政策。"
    [GeneratedRegex(@"。.")]
    private static partial Regex TitleThenText();

    [GeneratedRegex(@"^\s*(（[一二三四五六七八九十百]+）|[一二三四五六七八九十]+、|\d+\s*[．.﹒、]\s*|（\d+）)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[（(][^（）()]*[）)]\s*$")]
    private static partial Regex TrailingNotes();

    [GeneratedRegex(@"[（(][^（）()]*(单位|部门)[：:]")]
    private static partial Regex Note();

    /// <summary>A heading without the score or weight an evaluation scheme gives it: 强化工作保障（3分） → 强化工作保障.</summary>
    public static string WithoutScore(string heading) => Score().Replace(heading, string.Empty);

    // A score or weight after a heading: （3分）, （1.5分）.
    [GeneratedRegex(@"\s*[（(][\d.]+分[）)]\s*$")]
    private static partial Regex Score();

    [GeneratedRegex(@"^(附件|附表|附录|指导思想|基本原则|总体要求|发展目标|主要目标|考评|考核|主要任务|重点任务|工作任务|保障措施|组织实施)")]
    private static partial Regex NotATask();
}

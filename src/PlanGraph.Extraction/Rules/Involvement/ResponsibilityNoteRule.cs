using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;

namespace PlanGraph.Extraction.Rules.Involvement;

/// <summary>
/// involves.responsibility-note: the bracketed note that closes a task names who does it: （责任单位：A、B）,
/// （牵头单位：A；配合单位：B）, （…，牵头考核单位：A）, （A牵头，B、C配合）. Each named body is an Institution
/// (by its place in the list, whatever its suffix: 人行X中心支行, 省投资集团), INVOLVED in the note's task
/// (<see cref="TaskIndex"/>) with the role the label gives (责任单位: the first listed leads, the rest are
/// partners). Collective items (各市人民政府, 相关单位, 专项工作组成员单位) name no one body and are skipped.
/// </summary>
internal sealed partial class ResponsibilityNoteRule : IDocumentRule
{
    public string Id => "involves.responsibility-note";

    public RuleStage Stage => RuleStage.Relations;

    public void Apply(DocumentContext context)
    {
        var words = RoleWords.Value;
        var labels = words.Labels;
        var index = TaskIndex.Of(context);
        (Ingestion.OutlineNode Section, string? RunIn)? previous = null;
        foreach (var (paragraphSection, paragraphRunIn, piece) in index.Paragraphs.ToList())
        {
            var (section, runIn) = (paragraphSection, paragraphRunIn);

            // A line of its own that starts with a label ("牵头单位：市大数据局；配合单位：…") is the note of the task before it.
            var notes = Bracket().Matches(piece.Text).Select(m => m.Groups[1].Value).ToList();
            // Every label is read before a colon: a paragraph without one holds no note outside brackets.
            var colon = piece.Text.AsSpan().IndexOfAny('：', ':') >= 0;
            if (notes.Count == 0 && colon && TrailingNote(piece.Text, labels.Select(l => l.Word)) is { } trailing)
            {
                // "…推广应用。责任单位：省工业和信息化厅、省通信管理局。": a note after the task's last sentence, unbracketed.
                notes = [trailing];
            }
            else if (colon && labels.Any(l => piece.Text.TrimStart().StartsWith(l.Word + "：", StringComparison.Ordinal) || piece.Text.TrimStart().StartsWith(l.Word + ":", StringComparison.Ordinal)))
            {
                notes = [piece.Text.Trim().TrimEnd('。')];
                if (previous is { } before && before.Section == section)
                {
                    (section, runIn) = before;
                }
            }

            previous = (paragraphSection, paragraphRunIn);
            foreach (var note in notes)
            {
                var assigned = RoleWords.Settle(Assignments(note, words));
                if (assigned.Count == 0)
                {
                    continue;
                }

                var evidence = context.Evidence.From(piece, section.SectionPath, Id);
                var tasks = index.Tasks(section, runIn, evidence);
                foreach (var (name, role) in assigned)
                {
                    var institution = GovernmentBodyRule.Node(context, name, TypeOf(name), evidence with { Rule = "institution.responsibility-note" });
                    foreach (var task in tasks)
                    {
                        index.Involve(task, institution, role, evidence);
                    }
                }
            }
        }
    }

    /// <summary>The unbracketed note that closes a paragraph after a sentence ("。责任单位：A、B。"), or null.</summary>
    private static string? TrailingNote(string text, IEnumerable<string> labels)
    {
        var at = labels.Select(l => text.LastIndexOf("。" + l + "：", StringComparison.Ordinal) is var i and >= 0 ? i : text.LastIndexOf("。" + l + ":", StringComparison.Ordinal))
            .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        return at < 0 ? null : text[(at + 1)..].Trim().TrimEnd('。');
    }

    /// <summary>The bodies a note names, with their roles, in the order listed.</summary>
    internal static List<(string Name, string Role)> Assignments(string note, RoleWords words)
    {
        var (labels, after, generic) = (words.Labels, words.After, words.Generic);
        var result = new List<(string, string)>();
        var found = labels.SelectMany(l => LabelAt(note, l.Word).Select(at => (At: at, l.Word, Role: l.Value)))
            .OrderBy(f => f.At).ToList();

        // Longer labels win where two start together or overlap (牵头考核单位 over 牵头单位).
        found = [.. found.Where(f => !found.Any(g => g != f && g.At <= f.At && f.At < g.At + g.Word.Length + 1 && g.Word.Length > f.Word.Length))];
        for (var i = 0; i < found.Count; i++)
        {
            var from = found[i].At + found[i].Word.Length + 1;
            var to = i + 1 < found.Count ? found[i + 1].At : note.Length;
            var items = SharedPrefix(Items(note[from..Math.Max(from, to)]));
            for (var k = 0; k < items.Count; k++)
            {
                if (IsGeneric(items[k], generic))
                {
                    continue;
                }

                var role = found[i].Role == "ordered" ? (k == 0 ? "lead" : "partner") : found[i].Role;

                // A role word inside the list decides: （责任单位：省发展改革委牵头，省财政厅配合）.
                if (after.FirstOrDefault(a => items[k].EndsWith(a.Word, StringComparison.Ordinal) && items[k].Length > a.Word.Length + 1) is { Word: not null } cue)
                {
                    (items[k], role) = (TrailingEtc().Replace(items[k][..^cue.Word.Length], string.Empty), cue.Value);
                }

                result.Add((items[k], role));
            }
        }

        if (found.Count > 0)
        {
            return result;
        }

        // No label: "A牵头，B、C配合", "A、B按职责分工负责".
        foreach (var part in note.Split(['，', '；', ',', ';'], StringSplitOptions.TrimEntries))
        {
            if (after.FirstOrDefault(a => part.EndsWith(a.Word, StringComparison.Ordinal) && part.Length > a.Word.Length) is not { Word: not null } cue)
            {
                continue;
            }

            var items = Items(part[..^cue.Word.Length]);
            if (items.Count > 0 && items.All(LooksLikeBody))
            {
                result.AddRange(items.Where(item => !IsGeneric(item, generic)).Select(item => (item, cue.Value)));
            }
        }

        return result;
    }

    /// <summary>A list elides a level its members share: 市住建局、审批服务局 names 市审批服务局.</summary>
    private static List<string> SharedPrefix(List<string> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (LevelPrefix().Match(items[i - 1]) is { Success: true } level && !LevelPrefix().IsMatch(items[i]) && !items[i].StartsWith("国家", StringComparison.Ordinal)
                && LooksLikeBody(items[i]) && !NamedPlace().IsMatch(items[i]))
            {
                items[i] = level.Value + items[i];
            }
        }

        return items;
    }

    private static IEnumerable<int> LabelAt(string note, string label)
    {
        for (var at = note.IndexOf(label, StringComparison.Ordinal); at >= 0; at = note.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            if (at + label.Length < note.Length && note[at + label.Length] is '：' or ':')
            {
                yield return at;
            }
        }
    }

    private static List<string> Items(string list)
        => [.. list.Split(['、', '，', ',', '；', ';', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => TrailingEtc().Replace(item, string.Empty).Trim())
            .Where(item => item.Length is >= 2 and <= 30 && !item.Any(char.IsAsciiDigit))];

    private static bool IsGeneric(string item, List<string> generic) => generic.Any(g => item.StartsWith(g, StringComparison.Ordinal) || item.EndsWith(g, StringComparison.Ordinal));

    private static bool LooksLikeBody(string item)
        => InstitutionData.GovernmentBodies.Words("suffix").Any(s => item.EndsWith(s, StringComparison.Ordinal) && item.Length > s.Length)
            || InstitutionData.GovernmentBodies.Words("standalone").Contains(item);

    /// <summary>The type its longest body suffix gives (海关, 贸促会, 集团…: data); a listed 中心 or 支行 is an enterprise.</summary>
    private static string TypeOf(string name)
        => InstitutionData.BodyFinder.SuffixType(name) is { } typed and not "government" ? typed : Enterprise().IsMatch(name) ? "enterprise" : "government";

    [GeneratedRegex(@"[（(]([^（）()]{2,300})[）)]")]
    private static partial Regex Bracket();

    [GeneratedRegex(@"(等单位|等部门|等)$")]
    private static partial Regex TrailingEtc();

    [GeneratedRegex(@"^(自治区|省|市|区|县)")]
    private static partial Regex LevelPrefix();

    // A member that names its own place or bank (人行X中心支行, X银保监局) keeps its name.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}?(省|市|区|县)|^人行|银保监|证监|中心支行")]
    private static partial Regex NamedPlace();

    [GeneratedRegex(@"(集团|公司|银行|支行|分行|中心)$")]
    private static partial Regex Enterprise();
}

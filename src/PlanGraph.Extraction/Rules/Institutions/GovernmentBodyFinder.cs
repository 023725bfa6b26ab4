using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Institutions;

/// <summary>
/// Government bodies found by the structure of their names, not by a list: a level prefix (国家, 省, 市, 区,
/// 市委…) or a place (X省, Y市), a short core, and a body suffix (厅, 局, 委, 办, 部, 署, 政府, 委员会…),
/// standing where a name may start and end (after punctuation or 由/会同/配合…, before punctuation or
/// 牵头/负责/等/主任…). Words that end like a body but are none (格局, 干部, 大厅, 一网通办) are left out.
/// The words are data: Data/government-bodies.tsv.
/// </summary>
internal sealed partial class GovernmentBodyFinder
{
    private const int MaxName = 20;

    private readonly (string Word, string Level)[] prefixes;
    private readonly (string Word, string Type)[] suffixes;
    private readonly (string Word, string Type)[] standalone;
    private readonly string[] nonBodies;
    private readonly string[] before;
    private readonly string[] after;
    private readonly string[] notStart;

    // The last characters of the start words and the first characters of the end words, the suffixes' last
    // characters: a look-up per position rules most positions out before the word lists are compared.
    private readonly HashSet<char> beforeEnds;
    private readonly HashSet<char> afterStarts;
    private readonly HashSet<char> suffixEnds;

    public GovernmentBodyFinder(DataTable data)
    {
        prefixes = [.. data.Pairs("prefix").OrderByDescending(p => p.Word.Length)];
        suffixes = [.. data.Pairs("suffix").OrderByDescending(p => p.Word.Length)];
        standalone = [.. data.Pairs("standalone")];
        nonBodies = [.. data.Words("nonbody")];
        before = [.. data.Words("before").OrderByDescending(w => w.Length)];
        after = [.. data.Words("after").OrderByDescending(w => w.Length)];
        notStart = [.. data.Words("notstart")];
        beforeEnds = [.. before.Where(w => w.Length > 0).Select(w => w[^1])];
        afterStarts = [.. after.Where(w => w.Length > 0).Select(w => w[0])];
        suffixEnds = [.. suffixes.Where(s => s.Word.Length > 0).Select(s => s.Word[^1])];
        Version = data.Version;
    }

    public string Version { get; }

    /// <summary>Bodies in a piece of text: (name as written, type, level of its prefix or null, start, end).</summary>
    public IReadOnlyList<GovernmentBody> Find(string text)
    {
        var found = new List<GovernmentBody>();
        for (var at = 0; at < text.Length; at++)
        {
            if (!CanStart(text, at) || found.Any(f => at < f.End) || notStart.Any(w => string.CompareOrdinal(text, at, w, 0, w.Length) == 0))
            {
                continue;
            }

            if (standalone.FirstOrDefault(s => string.CompareOrdinal(text, at, s.Word, 0, s.Word.Length) == 0 && CanEnd(text, at + s.Word.Length)) is { Word: not null } whole)
            {
                found.Add(new GovernmentBody(whole.Word, whole.Type, "national", at, at + whole.Word.Length));
                at += whole.Word.Length - 1;
                continue;
            }

            if (Head(text, at) is not { } head)
            {
                continue;
            }

            // The shortest name from here that ends in a suffix where a name may end.
            for (var end = at + head.Length + 1; end <= Math.Min(text.Length, at + MaxName); end++)
            {
                if (!IsNameCharacter(text[end - 1]))
                {
                    break;
                }

                if (!suffixEnds.Contains(text[end - 1]))
                {
                    continue;
                }

                var name = text[at..end];
                if (suffixes.FirstOrDefault(s => name.EndsWith(s.Word, StringComparison.Ordinal) && name.Length > head.Length + s.Word.Length - 1) is not { Word: not null } suffix
                    || !CanEnd(text, end))
                {
                    continue;
                }

                if (nonBodies.Any(n => name.EndsWith(n, StringComparison.Ordinal)) || NotInside.IsMatch(name) || name.Length < 3)
                {
                    continue;
                }

                found.Add(new GovernmentBody(name, suffix.Type, head.Level, at, end));
                at = end - 1;
                break;
            }
        }

        return found;
    }

    /// <summary>The prefix a name starts with at a position: a level word, or a place ending in 省/市/区/县 (X省, Y市).</summary>
    private (int Length, string? Level)? Head(string text, int at)
    {
        if (prefixes.FirstOrDefault(p => string.CompareOrdinal(text, at, p.Word, 0, p.Word.Length) == 0) is { Word: not null } prefix)
        {
            return (prefix.Word.Length, prefix.Level);
        }

        return PlaceHead().Match(text, at) is { Success: true } place && place.Index == at ? (place.Length, null) : null;
    }

    private bool CanStart(string text, int at)
    {
        if (at == 0 || !IsNameCharacter(text[at - 1]))
        {
            return true;
        }

        return beforeEnds.Contains(text[at - 1]) && before.Any(w => at >= w.Length && string.CompareOrdinal(text, at - w.Length, w, 0, w.Length) == 0);
    }

    private bool CanEnd(string text, int end)
        => end >= text.Length || !IsNameCharacter(text[end]) || (afterStarts.Contains(text[end]) && after.Any(w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0));

    private static bool IsNameCharacter(char c) => c is (>= '\u4E00' and <= '\u9FFF');

    // A body's core holds no function word, verb of a task or number: 省市和部门会商 is no body.
    private static readonly Regex NotInside = VerbLists.Pattern(@"[的了与及、等在对将为把被是有或并已]|%not-in-body%");

    [GeneratedRegex(@"\G\p{IsCJKUnifiedIdeographs}{2,4}?(?:省|自治区|市|区|县)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex PlaceHead();
}

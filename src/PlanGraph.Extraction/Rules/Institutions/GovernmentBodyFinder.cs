using System.Buffers;
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
    // Sets of characters as SearchValues (a bitmap test, no hashing); the start words by their last character, so that
    // only the few ending in the character before a position are compared.
    private readonly SearchValues<char> beforeEnds;
    private readonly Dictionary<char, string[]> beforeByEnd;
    private readonly SearchValues<char> afterStarts;
    private readonly SearchValues<char> suffixEnds;

    // The first characters of the not-start, standalone and prefix words (every character where a list holds an
    // empty word): the lists are compared only at positions that start one of their words.
    private readonly SearchValues<char> notStartFirsts;
    private readonly SearchValues<char> standaloneFirsts;
    private readonly SearchValues<char> prefixFirsts;

    public GovernmentBodyFinder(DataTable data)
    {
        prefixes = [.. data.Pairs("prefix").OrderByDescending(p => p.Word.Length)];
        suffixes = [.. data.Pairs("suffix").OrderByDescending(p => p.Word.Length)];
        standalone = [.. data.Pairs("standalone")];
        nonBodies = [.. data.Words("nonbody")];
        before = [.. data.Words("before").OrderByDescending(w => w.Length)];
        after = [.. data.Words("after").OrderByDescending(w => w.Length)];
        notStart = [.. data.Words("notstart")];
        beforeByEnd = before.Where(w => w.Length > 0).GroupBy(w => w[^1]).ToDictionary(g => g.Key, g => g.ToArray());
        beforeEnds = SearchValues.Create([.. beforeByEnd.Keys]);
        afterStarts = SearchValues.Create([.. after.Where(w => w.Length > 0).Select(w => w[0]).Distinct()]);
        suffixEnds = SearchValues.Create([.. suffixes.Where(s => s.Word.Length > 0).Select(s => s.Word[^1]).Distinct()]);
        notStartFirsts = FirstCharacters(notStart);
        standaloneFirsts = FirstCharacters(standalone.Select(s => s.Word));
        prefixFirsts = FirstCharacters(prefixes.Select(p => p.Word));
        Version = data.Version;
    }

    public string Version { get; }

    /// <summary>Bodies in a piece of text: (name as written, type, level of its prefix or null, start, end).</summary>
    public IReadOnlyList<GovernmentBody> Find(string text)
    {
        var found = new List<GovernmentBody>();
        for (var at = 0; at < text.Length; at++)
        {
            // Bodies are found left to right and never overlap, so only the last one can cover this position.
            if (!CanStart(text, at) || (found.Count > 0 && at < found[^1].End) || (notStartFirsts.Contains(text[at]) && StartsAny(text, at, notStart)))
            {
                continue;
            }

            if (standaloneFirsts.Contains(text[at]) && Standalone(text, at) is { Word: not null } whole)
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

                var span = text.AsSpan(at, end - at);
                if (Suffix(span, head.Length) is not { Word: not null } suffix || !CanEnd(text, end))
                {
                    continue;
                }

                if (EndsAny(span, nonBodies) || NotInside.IsMatch(span) || span.Length < 3)
                {
                    continue;
                }

                var name = span.ToString();
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
        if (prefixFirsts.Contains(text[at]))
        {
            foreach (var prefix in prefixes)
            {
                if (text.AsSpan(at).StartsWith(prefix.Word, StringComparison.Ordinal))
                {
                    return (prefix.Word.Length, prefix.Level);
                }
            }
        }

        // A place head starts with an ideograph (the pattern's first class), so no match is tried elsewhere.
        return IsNameCharacter(text[at]) && PlaceHead().Match(text, at) is { Success: true } place && place.Index == at ? (place.Length, null) : null;
    }

    private static SearchValues<char> FirstCharacters(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Any(w => w.Length == 0)
            ? SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray())
            : SearchValues.Create([.. list.Select(w => w[0]).Distinct()]);
    }

    private bool CanStart(string text, int at)
    {
        if (at == 0 || !IsNameCharacter(text[at - 1]))
        {
            return true;
        }

        if (!beforeEnds.Contains(text[at - 1]))
        {
            return false;
        }

        var head = text.AsSpan(0, at);
        foreach (var w in beforeByEnd[text[at - 1]])
        {
            if (head.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool CanEnd(string text, int end)
        => end >= text.Length || !IsNameCharacter(text[end]) || (afterStarts.Contains(text[end]) && StartsAny(text, end, after));

    // The loops below replace LINQ over the word lists: they run at most positions of every sentence.
    private static bool StartsAny(string text, int at, string[] words)
    {
        var rest = text.AsSpan(at);
        foreach (var w in words)
        {
            if (rest.StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsAny(ReadOnlySpan<char> name, string[] words)
    {
        foreach (var w in words)
        {
            if (name.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private (string Word, string Type) Standalone(string text, int at)
    {
        foreach (var s in standalone)
        {
            if (text.AsSpan(at).StartsWith(s.Word, StringComparison.Ordinal) && CanEnd(text, at + s.Word.Length))
            {
                return s;
            }
        }

        return default;
    }

    /// <summary>The type of the longest body suffix a name ends in (海关 government, 贸促会 association…), or null.</summary>
    public string? SuffixType(string name) => Suffix(name, 1).Type;

    // The longest suffix the name ends in that leaves a core after the head.
    private (string Word, string Type) Suffix(ReadOnlySpan<char> name, int head)
    {
        foreach (var s in suffixes)
        {
            if (name.EndsWith(s.Word, StringComparison.Ordinal) && name.Length > head + s.Word.Length - 1)
            {
                return s;
            }
        }

        return default;
    }

    private static bool IsNameCharacter(char c) => c is (>= '\u4E00' and <= '\u9FFF');

    // A body's core holds no function word, verb of a task or number: 省市和部门会商 is no body.
    private static readonly Regex NotInside = VerbLists.Pattern(@"[的了与及、等在对将为把被是有或并已]|%not-in-body%");

    [GeneratedRegex(@"\G\p{IsCJKUnifiedIdeographs}{2,4}?(?:省|自治区|市|区|县)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex PlaceHead();
}

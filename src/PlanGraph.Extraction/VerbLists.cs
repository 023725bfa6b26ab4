using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>
/// The verb lists of Data/verbs.tsv as parts of the rules' patterns: a pattern names a list as <c>%kind%</c>
/// and gets the list's words as one alternation, in file order. The shape of a pattern stays in code; its
/// words are data, so a new wording needs no code.
/// </summary>
internal static class VerbLists
{
    private static readonly Lazy<DataTable> Table = new(() => DataTable.Load("verbs.tsv"));

    /// <summary>A compiled pattern whose <c>%kind%</c> placeholders are the lists of that kind.</summary>
    public static Regex Pattern(string pattern)
        => new(Regex.Replace(pattern, "%([a-z-]+)%", m => Alternation(m.Groups[1].Value)), RegexOptions.Compiled);

    /// <summary>The words of a list as a regex alternation (no group), in file order.</summary>
    public static string Alternation(string kind)
    {
        var words = Table.Value.Words(kind).Select(Regex.Escape).ToList();
        return words.Count > 0 ? string.Join('|', words) : throw new InvalidOperationException($"verbs.tsv has no list '{kind}'.");
    }
}

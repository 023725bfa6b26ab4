using System.Text;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>The key two surface forms of one name share: NFKC, no spaces, no quotes or book-title marks, one dash.</summary>
internal static partial class Canonical
{
    public static string Key(string name)
    {
        // ASCII and the CJK unified ideographs are their own NFKC form: most names skip the normaliser.
        var text = name.AsSpan().ContainsAnyExcept(NfkcStable) ? name.Normalize(NormalizationForm.FormKC) : name;
        text = Ignored().Replace(text, "");
        text = Dashes().Replace(text, "-");
        return text.Replace('(', '（').Replace(')', '）');
    }

    private static readonly System.Buffers.SearchValues<char> NfkcStable = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c)) + string.Concat(Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(c => (char)c)));

    /// <summary>A display name: trimmed of spaces, quotes and trailing punctuation, spaces inside Chinese text removed.</summary>
    public static string Display(string name)
    {
        var text = name.Trim().Trim('。', '；', ';', '，', ',', '、', '：', ':', ' ');
        return CjkSpace().Replace(text, "");
    }

    [GeneratedRegex(@"[\s《》〈〉“”‘’""'「」『』]")]
    private static partial Regex Ignored();

    [GeneratedRegex(@"[‐‑–—―－~～]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s+(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex CjkSpace();
}

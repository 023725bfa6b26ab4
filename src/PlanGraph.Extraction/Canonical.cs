using System.Text;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>The key two surface forms of one name share: NFKC, no spaces, no quotes or book-title marks, one dash.</summary>
internal static partial class Canonical
{
    public static string Key(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        text = Ignored().Replace(text, "");
        text = Dashes().Replace(text, "-");
        return text.Replace('(', '（').Replace(')', '）');
    }

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

using System.Text;

namespace PlanGraph.Api.Compilation;

/// <summary>
/// Lucene query text for the full-text search path (Neo4j 5, index analysed with 'cjk'), and the rule for
/// when that path gives exactly what <c>toLower(…) CONTAINS</c> gives once every hit is re-checked.
/// </summary>
public static class FullTextQuery
{
    // Lucene's classic query parser gives these a meaning (&& and || through & and |); escaping a
    // character that needs none is harmless, because the parser drops every backslash escape.
    private const string Special = "\\+-!():^[]\"{}~*?|&/";

    /// <summary>
    /// The text as one Lucene phrase: quoted, with a backslash before every character the query parser
    /// treats specially (including the quote and the backslash), so nothing the user types is an operator.
    /// </summary>
    public static string Phrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrase = new StringBuilder(text.Length + 8).Append('"');
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                phrase.Append('\\');
            }

            phrase.Append(c);
        }

        return phrase.Append('"').ToString();
    }

    /// <summary>
    /// Whether a full-text phrase search finds every node whose name or alias contains <paramref name="text"/>:
    /// true only for two or more Han characters and nothing else. The cjk analyzer turns such a text into
    /// consecutive bigrams that any containing name also has, in the same order. It does not for other
    /// text: Latin letters and digits become whole-word tokens (a part of a word finds nothing), English
    /// stop words are dropped, a single ideograph has no bigram, and spaces or punctuation split runs.
    /// Those texts take the CONTAINS path, so the two paths never disagree on which nodes match.
    /// </summary>
    public static bool CanAnswer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsHan(rune.Value))
            {
                return false;
            }

            count++;
        }

        return count >= 2;
    }

    // Only ideographs old enough (Unicode 3.1) that every Lucene release classifies them as ideographic;
    // a newer one simply takes the CONTAINS path.
    private static bool IsHan(int codePoint) => codePoint is
        (>= 0x4E00 and <= 0x9FA5) // CJK Unified Ideographs (Unicode 1.1)
        or (>= 0x3400 and <= 0x4DB5) // Extension A (3.0)
        or (>= 0x20000 and <= 0x2A6D6); // Extension B (3.1)
}

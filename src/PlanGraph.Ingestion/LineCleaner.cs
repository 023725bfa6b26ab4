using System.Text.RegularExpressions;

namespace PlanGraph.Ingestion;

/// <summary>
/// Cleans original lines character by character, keeping each character's original offset: drops
/// Word's [bookmark: …] residue and Markdown bold markers, unifies full-width digits and letters
/// with half-width ones, dash variants, and odd spaces.
/// </summary>
internal static partial class LineCleaner
{
    public static List<SourceLine> Lines(string original)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i <= original.Length; i++)
        {
            if (i == original.Length || original[i] == '\n')
            {
                var end = i > start && original[i - 1] == '\r' ? i - 1 : i;
                lines.Add(Clean(original, start, end, number));
                start = i + 1;
                number++;
            }
        }

        return lines;
    }

    private static SourceLine Clean(string original, int start, int end, int number)
    {
        var raw = original[start..end];
        var removed = new bool[raw.Length];
        foreach (Match m in Bookmark().Matches(raw))
        {
            Array.Fill(removed, true, m.Index, m.Length);
        }

        for (var i = raw.IndexOf("**", StringComparison.Ordinal); i >= 0; i = raw.IndexOf("**", i + 2, StringComparison.Ordinal))
        {
            removed[i] = removed[i + 1] = true;
        }

        var text = new MappedText();
        for (var i = 0; i < raw.Length; i++)
        {
            if (!removed[i])
            {
                text.Append(Unify(raw[i]), start + i);
            }
        }

        // Markdown hard breaks ("  " at the end) and stray spaces carry no meaning here.
        return new SourceLine(text, number, raw.StartsWith('\t'), raw.StartsWith('\u3000'));
    }

    private static char Unify(char c) => c switch
    {
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '．' or '﹒' => '.',
        '－' or '‐' or '‑' or '–' or '−' => '-',
        '―' => '—',
        '\u00A0' or '\u3000' or '\u2002' or '\u2003' => ' ',
        _ => c,
    };

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>
/// A document's date and issuer where its text states them: a line holding only a date beside the title
/// (a plan's cover: "2026年4月") or among the closing lines (a letter's signature, with the issuing body on
/// the line above: "黄浦区科学技术委员会" / "2021年6月21日"). Dates inside sentences are events, not the
/// document's date, and a body named inside the text is not its issuer, so neither is read.
/// </summary>
internal static partial class DocumentDating
{
    /// <summary>How many non-empty lines count as the cover, and as the closing block.</summary>
    private const int CoverLines = 6;
    private const int ClosingLines = 4;

    /// <summary>The date, the issuer, and the normalised span [Start, End) of the lines that state them.</summary>
    public static (string? Date, string? Issuer, int Start, int End) Read(string normalizedText)
    {
        var lines = new List<(string Text, int Start, int End)>();
        var at = 0;
        foreach (var raw in normalizedText.Split('\n'))
        {
            var text = raw.Trim();
            if (text.Length > 0)
            {
                var start = at + raw.IndexOf(text, StringComparison.Ordinal);
                lines.Add((text, start, start + text.Length));
            }

            at += raw.Length + 1;
        }

        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - ClosingLines); i--)
        {
            if (Date(lines[i].Text) is { } closing)
            {
                return i > 0 && IssuingBody().IsMatch(lines[i - 1].Text)
                    ? (closing, lines[i - 1].Text, lines[i - 1].Start, lines[i].End)
                    : (closing, null, lines[i].Start, lines[i].End);
            }
        }

        foreach (var line in lines.Take(CoverLines))
        {
            if (Date(line.Text) is { } cover)
            {
                return (cover, null, line.Start, line.End);
            }
        }

        return (null, null, 0, 0);
    }

    private static string? Date(string line)
    {
        var match = DateLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (!match.Groups["d"].Success)
        {
            return $"{year:D4}-{month:D2}";
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日)?$")]
    private static partial Regex DateLine();

    // A government body's name alone on a line: 黄浦区科学技术委员会, 杭州市人民政府办公厅, 区发展和改革委员会.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}（）()]{3,30}(?:局|委员会|委|人民政府|政府|办公室|办公厅|厅|署|办)$")]
    private static partial Regex IssuingBody();
}

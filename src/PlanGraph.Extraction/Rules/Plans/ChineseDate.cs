using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Plans;

/// <summary>Dates as official documents write them: 2021年9月2日, 二〇二一年九月二日, 2026年5月, 2025-08-12.</summary>
internal static partial class ChineseDate
{
    /// <summary>A date that is the whole of a line (brackets and an approval phrase after it allowed by the caller): ISO style or null.</summary>
    public static (string Iso, int Length)? ParseAtStart(string text)
    {
        var m = DatePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = Number(m.Groups["y"].Value, digitwise: true);
        var month = Number(m.Groups["m"].Value, digitwise: false);
        if (year is < 1900 or > 2100 || month is < 1 or > 12)
        {
            return null;
        }

        if (!m.Groups["d"].Success)
        {
            return ($"{year:D4}-{month:D2}", m.Length);
        }

        var day = Number(m.Groups["d"].Value, digitwise: false);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? ($"{year:D4}-{month:D2}-{day:D2}", m.Length) : null;
    }

    /// <summary>An ISO date as a front matter gives it (2025-08-12, 2025/8/12, 2025年8月12日).</summary>
    public static string? ParseIso(string text)
    {
        var m = IsoPattern().Match(text.Trim());
        if (m.Success)
        {
            var (y, mo, d) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? $"{y:D4}-{mo:D2}-{d:D2}" : null;
        }

        return ParseAtStart(text.Trim()) is { } parsed && parsed.Length == text.Trim().Length ? parsed.Iso : null;
    }

    /// <summary>A year written in Chinese digits (二〇三五) or Arabic ones.</summary>
    public static int Year(string text) => Number(text, digitwise: true);

    private static int Number(string text, bool digitwise)
    {
        if (text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        if (digitwise)
        {
            var value = 0;
            foreach (var c in text)
            {
                value = (value * 10) + Digit(c);
            }

            return value;
        }

        // 十 = 10, 十二 = 12, 二十 = 20, 二十三 = 23.
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Digit(text[0]);
        }

        var tens = ten == 0 ? 1 : Digit(text[0]);
        var ones = ten == text.Length - 1 ? 0 : Digit(text[^1]);
        return (tens * 10) + ones;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '零' or 'О' or 'o' => 0, '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ when char.IsAsciiDigit(c) => c - '0',
        _ => -1000,
    };

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2}|[一二][〇零九][〇零一二三四五六七八九]{2})\s*年\s*(?<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(?<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$")]
    private static partial Regex IsoPattern();
}

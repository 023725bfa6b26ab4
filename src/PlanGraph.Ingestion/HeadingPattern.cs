using System.Text.RegularExpressions;

namespace PlanGraph.Ingestion;

/// <summary>Recognises the numbering of Chinese plan headings and box items, outermost style first.</summary>
internal static partial class HeadingPattern
{
    /// <summary>The numbering at the start of <paramref name="text"/>, its style and its length; null when none.</summary>
    public static (NumberingStyle Style, string Numbering)? Numbering(string text)
    {
        foreach (var (style, regex) in Patterns)
        {
            var m = regex.Match(text);
            if (m.Success)
            {
                return (style, m.Value);
            }
        }

        return null;
    }

    /// <summary>Rank for nesting: smaller is outer.</summary>
    public static int Rank(NumberingStyle style, int markdownDepth) => style switch
    {
        NumberingStyle.Part => 10,
        NumberingStyle.Chapter => 20,
        NumberingStyle.Section => 30,
        NumberingStyle.ChineseComma => 40,
        NumberingStyle.ChineseParenthesized => 50,
        NumberingStyle.Highlight => 55,
        NumberingStyle.Arabic => 60,
        NumberingStyle.ArabicDotted => 65,
        NumberingStyle.ArabicParenthesized => 70,
        NumberingStyle.Markdown => markdownDepth,
        _ => 100,
    };

    private static readonly (NumberingStyle, Regex)[] Patterns =
    [
        (NumberingStyle.Part, PartRegex()),
        (NumberingStyle.Chapter, ChapterRegex()),
        (NumberingStyle.Section, SectionRegex()),
        (NumberingStyle.ChineseComma, ChineseCommaRegex()),
        (NumberingStyle.ChineseParenthesized, ChineseParenthesizedRegex()),
        (NumberingStyle.Highlight, HighlightRegex()),
        (NumberingStyle.ArabicParenthesized, ArabicParenthesizedRegex()),
        (NumberingStyle.ArabicDotted, ArabicDottedRegex()),
        (NumberingStyle.Arabic, ArabicRegex()),
    ];

    [GeneratedRegex(@"^第[一二三四五六七八九十百]+篇\s*")]
    private static partial Regex PartRegex();

    [GeneratedRegex(@"^第[一二三四五六七八九十百]+章\s*")]
    private static partial Regex ChapterRegex();

    [GeneratedRegex(@"^第[一二三四五六七八九十百]+节\s*")]
    private static partial Regex SectionRegex();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、\s*")]
    private static partial Regex ChineseCommaRegex();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[)）]\s*")]
    private static partial Regex ChineseParenthesizedRegex();

    [GeneratedRegex(@"^亮点[一二三四五六七八九十]{1,3}[：:]\s*")]
    private static partial Regex HighlightRegex();

    [GeneratedRegex(@"^[（(]\d{1,2}[)）]\s*")]
    private static partial Regex ArabicParenthesizedRegex();

    // "1." and "1、"; also a zero-padded "01" run into its title ("01汽车"), as web pages number box items, or set
    // apart from it by spaces ("01 5G网络精品工程").
    [GeneratedRegex(@"^(\d{1,2}[.、](?!\d)|0[1-9](?=[\p{IsCJKUnifiedIdeographs}“])|0[1-9][ \u3000]+(?=[\p{IsCJKUnifiedIdeographs}“A-Za-z0-9]))\s*")]
    private static partial Regex ArabicRegex();

    // "1.2" before a title ("1.2激活服务业创新发展新动力。"), a section inside "1."; not a decimal figure, which a
    // unit or a word of quantity follows ("1.5万亿元", "2.5左右").
    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}(?![\d.%％])(?=[ \u3000]*[\p{IsCJKUnifiedIdeographs}“])(?![ \u3000]*(?:左右|以上|以下|以内|[多余][万亿千百个倍家项]|[万亿千百个倍年月日元米吨人户次件家所项座台辆公平立亩]))[ \u3000]*")]
    private static partial Regex ArabicDottedRegex();
}

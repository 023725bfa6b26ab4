using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>Chinese numerals in names of counted lists (两区四中心, 十二项, 三大工程).</summary>
internal static partial class ChineseNumerals
{
    /// <summary>The sum of the Chinese numbers in a name: 两区四中心 → 6, 十二项 → 12.</summary>
    public static int Sum(string name)
    {
        var sum = 0;
        foreach (Match run in Run().Matches(name))
        {
            var value = 0;
            var digit = 0;
            foreach (var c in run.Value)
            {
                if (c == '十')
                {
                    value += (digit == 0 ? 1 : digit) * 10;
                    digit = 0;
                }
                else
                {
                    digit = c == '两' ? 2 : "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
                }
            }

            sum += value + digit;
        }

        return sum;
    }

    /// <summary>Whether the text is (or holds) a Chinese numeral.</summary>
    public static bool IsMatch(string text) => Run().IsMatch(text);

    [GeneratedRegex(@"[一二两三四五六七八九十]+")]
    private static partial Regex Run();
}

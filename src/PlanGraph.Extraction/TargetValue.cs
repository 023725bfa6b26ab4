using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>The number and comparator of a value as written: 4800左右 → 4800 ≈, ≤0.007 → 0.007 ≤, 2万亿元 → 20000 (亿).</summary>
internal static partial class TargetValue
{
    public static (double? Value, string? Comparator) Parse(string text)
    {
        var m = Number().Match(text);
        if (!m.Success)
        {
            return (null, null);
        }

        var value = double.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        if (m.Groups["mag"].Value == "万亿")
        {
            value *= 10000;
        }

        var comparator = text.Contains("左右", StringComparison.Ordinal) || text.StartsWith('约') ? "≈"
            : text.StartsWith('≤') || text.Contains("以内", StringComparison.Ordinal) || text.Contains("以下", StringComparison.Ordinal) ? "≤"
            : text.StartsWith('≥') || text.Contains("以上", StringComparison.Ordinal) || text.Contains("突破", StringComparison.Ordinal) || text.Contains("超过", StringComparison.Ordinal) ? "≥"
            : "=";
        return (value, comparator);
    }

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<mag>万亿)?")]
    private static partial Regex Number();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction;

/// <summary>The number and comparator of a value as written: 4800左右 → 4800 ≈, ≤0.007 → 0.007 ≤, 2.3万亿元 → 2.3 (the unit keeps 万亿元).</summary>
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
        var comparator = text.Contains("左右", StringComparison.Ordinal) || text.StartsWith('约') ? "≈"
            : text.StartsWith('≤') || text.Contains("以内", StringComparison.Ordinal) || text.Contains("以下", StringComparison.Ordinal) ? "≤"
            : text.StartsWith('≥') || text.Contains("以上", StringComparison.Ordinal) || text.Contains("突破", StringComparison.Ordinal) || text.Contains("超过", StringComparison.Ordinal) ? "≥"
            : "=";
        return (value, comparator);
    }

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex Number();
}

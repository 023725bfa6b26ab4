using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Goals;

/// <summary>The dates objectives are stated under ("到2025年，基本建成…", "力争到本世纪中叶…").</summary>
internal static partial class ObjectiveYears
{
    [GeneratedRegex(@"(?:争取|力争)?到\s*(?:20\d\d\s*年|本世纪中叶)(?:底|末)?")]
    public static partial Regex Pattern();

    /// <summary>The year of the last 到YYYY年 before an offset in its sentence: the year an objective is dated to.</summary>
    public static long? At(IngestedDocument document, int spanStart)
    {
        var sentence = document.Sentences.FirstOrDefault(s => s.Text.SpanStart <= spanStart && spanStart < s.Text.SpanEnd);
        if (sentence is null)
        {
            return null;
        }

        var before = sentence.Text.Text[..(spanStart - sentence.Text.SpanStart)];
        var last = Pattern().Matches(before).LastOrDefault();
        return last is not null && DatedYear().Match(last.Value) is { Success: true } y ? long.Parse(y.Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex DatedYear();
}

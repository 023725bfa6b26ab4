using System.Globalization;
using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>Reads a <see cref="StatedValue"/> from a table cell or a sentence's value words, with the words of Data/targets.tsv.</summary>
internal static partial class StatedValueReader
{
    public static StatedValue Read(string text, TargetLexicon lexicon)
    {
        var t = text.Trim();
        string? note = null;
        if (t.IndexOfAny(['〔', '【', '[']) >= 0)
        {
            note = "累计数";
        }

        if (t.IndexOfAny(['∗', '*', '＊']) >= 0)
        {
            note = note is null ? "预计数" : note + "，预计数";
        }

        t = Marks().Replace(t, "");
        long? year = null;
        if (YearSpan().Match(t) is { Success: true } span)
        {
            year = long.Parse(span.Groups[2].Value, CultureInfo.InvariantCulture);
            t = t.Remove(span.Index, span.Length);
        }
        else if (SingleYear().Match(t) is { Success: true } single)
        {
            // The first year a value names is its own (2027年60%，2028年…); no year counts as its number.
            year = long.Parse(single.Groups[1].Value, CultureInfo.InvariantCulture);
            t = SingleYear().Replace(t, "");
        }

        if (lexicon.PeriodPattern.Match(t) is { Success: true } period)
        {
            year ??= lexicon.Periods[period.Groups[1].Value].End;
            t = t.Remove(period.Index, period.Length);
        }

        var change = lexicon.Changes.FirstOrDefault(c => t.Contains(c.Word, StringComparison.Ordinal)).Kind ?? "level";
        double? value = null, upper = null;
        string? comparator = null;
        if (Range().Match(t) is { Success: true } range)
        {
            value = Number(range.Groups[1].Value);
            upper = Number(range.Groups[2].Value);
            comparator = "range";
        }
        else if (NumberPattern().Match(t) is { Success: true } number)
        {
            value = Number(number.Value);
            comparator = lexicon.Comparators.FirstOrDefault(c => t.Contains(c.Word, StringComparison.Ordinal)).Sign ?? "=";
        }

        return new StatedValue(text.Trim(), value, comparator, change, year, upper, note);
    }

    private static double Number(string text) => double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[〔〕【】\[\]∗*＊\s]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"((?:19|20)\d\d)\s*[-—–~～至到]\s*((?:19|20)\d\d)\s*年?")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"((?:19|20)\d\d)\s*年(?:底|末)?")]
    private static partial Regex SingleYear();

    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)\s*[-—–~～至]\s*(\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex Range();

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NumberPattern();
}

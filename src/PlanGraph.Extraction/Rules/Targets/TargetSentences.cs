using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>The dated sentences and their clauses that target.sentence and indicator.sentence-restated read.</summary>
internal static partial class TargetSentences
{
    /// <summary>Whether those rules read a document: one describing a plan (an interpretation included), not a reply or another kind.</summary>
    public static bool ReadsTargets(DocumentContext context)
        => context.PlanId is not null && context.Kind is not (DocumentKinds.Reply or DocumentKinds.Other);

    /// <summary>
    /// Sentences dated by 到/至/截至YYYY年, with the year and the text after it (spaces removed, so "超 500 亿元"
    /// reads as one value). A sentence ending in ； continues the dated one before it in the same section, as
    /// the splitter cuts at ；: "到2030年，X达到N；Y突破M" dates Y too.
    /// </summary>
    public static IEnumerable<(Sentence Sentence, long Year, string After)> Dated(IngestedDocument document)
    {
        (long Year, OutlineNode Section)? carried = null;
        foreach (var sentence in document.Sentences)
        {
            var text = sentence.Text.Text;
            long year;
            string rest;
            if (TargetYear().Match(text) is { Success: true } m)
            {
                (year, rest) = (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), text[(m.Index + m.Length)..]);
            }
            else if (carried is { } c && ReferenceEquals(c.Section, sentence.Section))
            {
                (year, rest) = (c.Year, text);
            }
            else
            {
                carried = null;
                continue;
            }

            carried = text.TrimEnd().EndsWith('；') || text.TrimEnd().EndsWith(';') ? (year, sentence.Section) : null;
            yield return (sentence, year, Spaces().Replace(rest, ""));
        }
    }

    // A target date: not 截至 (a status "as of"), not a period's end (2020年至2024年, 2018 到 2020 年) nor a value's year (增至2025年的…).
    [GeneratedRegex(@"(?<!截|增|年\s*|\d\s*)(?:到|至)\s*(20\d\d)\s*年(?!的)(?:底|末)?[，,]?")]
    private static partial Regex TargetYear();

    [GeneratedRegex(@"[，,；;、]")]
    public static partial Regex Clauses();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

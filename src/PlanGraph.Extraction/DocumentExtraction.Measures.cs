using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;
using PlanGraph.Ingestion;

namespace PlanGraph.Extraction;

/// <summary>MEASURED_BY rules: which goal a table row or a dated sentence measures.</summary>
internal sealed partial class DocumentExtraction
{
    // This document's table indicators and the names their rows use, for sentences that restate them.
    private readonly List<(string Indicator, string[] Names)> tableIndicators = [];

    /// <summary>
    /// The goals a table row measures: the objective of the table's section that the row's category names
    /// (category 创新活跃度 → 中央商务区更有创新活跃度), else the goal whose section holds the table, else the
    /// objectives the section dates to the table's target year (到2025年，基本建成…).
    /// </summary>
    private List<string> RowGoals(DocumentTable table, TableRow row, long? targetYear)
    {
        var inSection = context!.Goals.Stated.Where(g => g.SectionPath == table.SectionPath).ToList();
        var category = Canonical.Key(row.Category ?? "");
        if (category.Length >= 2)
        {
            var named = inSection.Where(g => Canonical.Key(g.Name).Contains(category, StringComparison.Ordinal)).Select(g => g.Goal).Distinct().ToList();
            if (named.Count == 1)
            {
                return named;
            }
        }

        if (GoalOf(table.SectionPath) is { } goal)
        {
            return [goal];
        }

        return targetYear is null ? [] : inSection.Where(g => Rules.Goals.ObjectiveYears.At(document, g.SpanStart) == targetYear).Select(g => g.Goal).Distinct().ToList();
    }

    /// <summary>The goal a sentence's quantities measure: the lead goal of its paragraph, else the goal of its section.</summary>
    private string? MeasuredGoal(Sentence sentence)
        => context!.Goals.MeasuredBy(sentence);

    /// <summary>
    /// A table indicator a clause restates with its own wording ("累计举办高端会议活动超30场" for 举办高端会议活动数量):
    /// the indicator's core (its name without a leading verb or a trailing 数量/额/规模) stands in the clause, or the
    /// clause's words before the number (without leading verbs and trailing comparison verbs) stand in that core.
    /// </summary>
    private string? RestatedIndicator(string clause)
    {
        var digit = clause.IndexOfAny("0123456789".ToCharArray());
        if (digit < 0)
        {
            return null;
        }

        var quantity = HeadWords.Value.QuantityEdges.Replace(clause[..digit], "");
        foreach (var (indicator, names) in tableIndicators)
        {
            foreach (var core in names.Select(n => IndicatorEdges().Replace(Canonical.Key(n), "")).Where(c => c.Length >= 4))
            {
                if (clause.Contains(core, StringComparison.Ordinal) || (quantity.Length >= 4 && core.Contains(quantity, StringComparison.Ordinal)))
                {
                    return indicator;
                }
            }
        }

        return null;
    }

    /// <summary>Dated sentences in a goal's text that restate a table indicator: it measures that goal too.</summary>
    private void RestatedMeasures()
    {
        foreach (var (sentence, _, rest) in DatedSentences())
        {
            if (MeasuredGoal(sentence) is not { } goal)
            {
                continue;
            }

            var evidence = Evidence.From(sentence.Text, sentence.SectionPath, "indicator.sentence-restated");
            foreach (var clause in TargetClauses().Split(rest))
            {
                if (RestatedIndicator(clause) is { } indicator)
                {
                    graph.Relationship(RelationshipTypes.MeasuredBy, goal, indicator, evidence);
                }
            }
        }
    }

    /// <summary>
    /// Sentences dated by 到/至/截至YYYY年, with the year and the text after it (spaces removed, so "超 500 亿元"
    /// reads as one value). A sentence ending in ； continues the dated one before it in the same section, as
    /// the splitter cuts at ；: "到2030年，X达到N；Y突破M" dates Y too.
    /// </summary>
    private IEnumerable<(Sentence Sentence, long Year, string After)> DatedSentences()
    {
        (long Year, string SectionPath)? carried = null;
        foreach (var sentence in document.Sentences)
        {
            var text = sentence.Text.Text;
            long year;
            string rest;
            if (TargetYear().Match(text) is { Success: true } m)
            {
                (year, rest) = (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), text[(m.Index + m.Length)..]);
            }
            else if (carried is { } c && c.SectionPath == sentence.SectionPath)
            {
                (year, rest) = (c.Year, text);
            }
            else
            {
                carried = null;
                continue;
            }

            carried = text.TrimEnd().EndsWith('；') || text.TrimEnd().EndsWith(';') ? (year, sentence.SectionPath) : null;
            yield return (sentence, year, Spaces().Replace(rest, ""));
        }
    }

    /// <summary>A bare count ("企业数量") after a named quantity counts that quantity's field: 服务贸易规模…、企业数量 → 服务贸易企业数量.</summary>
    private static string QualifiedName(string name, string? previous)
        => previous is not null && BareCount().IsMatch(name) && HeadWords.Value.QuantityEdges.Replace(previous, "") is { Length: >= 2 } field
            ? field + name : name;

    [GeneratedRegex(@"^(企业|机构|项目)(数量|数)$")]
    private static partial Regex BareCount();


    [GeneratedRegex(@"^(新增|建成|举办|开展|累计)+|(新增)?(数量|场数|总额|规模|总?营收|额|数)$")]
    private static partial Regex IndicatorEdges();
}

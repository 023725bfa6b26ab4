using System.Text.RegularExpressions;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// The indicators of one document's 表 tables and the names their rows use, as <see cref="TableRowRule"/> read
/// them: read-only for the sentence rules that restate them.
/// </summary>
internal sealed partial class TableIndicators(IReadOnlyList<TableIndicator> all)
{
    /// <summary>No table indicators (before the table rule, or a document without 表 tables).</summary>
    public static TableIndicators None { get; } = new([]);

    public IReadOnlyList<TableIndicator> All { get; } = all;

    // Each indicator's cores, worked out once per document rather than for every clause.
    private readonly Lazy<(string Indicator, string[] Cores)[]> cores = new(() =>
        [.. all.Select(t => (t.Indicator, (string[])[.. t.Names.Select(n => IndicatorEdges().Replace(Canonical.Key(n), "")).Where(c => c.Length >= 4)]))]);

    /// <summary>
    /// A table indicator a clause restates with its own wording ("累计举办高端会议活动超30场" for 举办高端会议活动数量):
    /// the indicator's core (its name without a leading verb or a trailing 数量/额/规模) stands in the clause, or the
    /// clause's words before the number (without leading verbs and trailing comparison verbs) stand in that core.
    /// </summary>
    public string? Restated(string clause)
    {
        var digit = clause.AsSpan().IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return null;
        }

        var quantity = HeadWords.Value.QuantityEdges.Replace(clause[..digit], "");
        foreach (var (indicator, indicatorCores) in cores.Value)
        {
            foreach (var core in indicatorCores)
            {
                if (clause.Contains(core, StringComparison.Ordinal) || (quantity.Length >= 4 && core.Contains(quantity, StringComparison.Ordinal)))
                {
                    return indicator;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(新增|建成|举办|开展|累计)+|(新增)?(数量|场数|总额|规模|总?营收|额|数)$")]
    private static partial Regex IndicatorEdges();
}

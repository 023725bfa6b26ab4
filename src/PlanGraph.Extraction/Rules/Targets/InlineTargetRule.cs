using System.Globalization;
using System.Text.RegularExpressions;
using PlanGraph.Core;

namespace PlanGraph.Extraction.Rules.Targets;

/// <summary>
/// Targets a plan states in sentences: "到2025年，X达到N单位" and its kin (突破, 增至, 超过, 提高到…, "从M增至N"
/// for a baseline). The indicator is named by the words before the verb in the clause; it is the table's
/// indicator when the names agree, and the target merges with the table's when plan, kind and year agree.
/// </summary>
internal sealed partial class InlineTargetRule : IDocumentRule
{
    public string Id => "target.sentence";

    public RuleStage Stage => RuleStage.Measures;

    public void Apply(DocumentContext context)
    {
        if (!TargetSentences.ReadsTargets(context))
        {
            return;
        }

        var (planId, graph) = (context.PlanId!, context.Graph);
        foreach (var (sentence, year, rest) in TargetSentences.Dated(context.Document))
        {
            var evidence = context.Evidence.From(sentence.Text, sentence.SectionPath, "target.sentence");
            string? previous = null;
            // "A、B和C分别达到x、y和z" pairs names and values across the list: target.sentence-any reads it whole.
            string? lastClause = null;
            foreach (var clause in rest.Contains("分别", StringComparison.Ordinal) ? [] : TargetSentences.Clauses().Split(rest))
            {
                var clauseBefore = lastClause;
                lastClause = clause;
                if (InlineTarget().Match(clause) is not { Success: true } m)
                {
                    continue;
                }

                var name = ClauseSubject.Carry(context, Lexicons.Targets, QualifiedName(Canonical.Display(HeadWords.Value.TargetLead.Replace(m.Groups["name"].Value, "")).Trim(), previous), clause, previous, clauseBefore);
                previous = name;
                if (name.Length is < 4 or > 30 || NotAnIndicator.IsMatch(name))
                {
                    continue;
                }

                var unit = m.Groups["unit"].Value;
                (name, var indicatorAliases) = IndicatorNames.Of(context, name);
                var indicator = graph.Node(NodeLabels.Indicator, name, evidence with { Rule = "indicator.sentence" }, new Dictionary<string, object?> { ["unit"] = unit }, aliases: indicatorAliases);
                graph.AddToList(indicator, "units", unit);

                // A restated table indicator is linked by indicator.sentence-restated (RestatedMeasureRule), not under this clause's wording.
                if (context.TableIndicators.Restated(clause) is null && context.Goals.MeasuredBy(sentence) is { } goal)
                {
                    graph.Relationship(RelationshipTypes.MeasuredBy, goal, indicator, evidence with { Rule = "indicator.sentence" });
                }

                if (m.Groups["from"].Success)
                {
                    // "从2020年的1430家增至1800家" dates its baseline; "从43家增至600家" does not.
                    long? since = m.Groups["since"].Success ? long.Parse(m.Groups["since"].Value, CultureInfo.InvariantCulture) : null;
                    Add("baseline", since, m.Groups["from"].Value + unit, "=");
                }

                var comparator = m.Groups["after"].Value switch
                {
                    "以上" => "≥",
                    "以内" => "≤",
                    "左右" => "≈",
                    _ => m.Groups["verb"].Value is "突破" or "超过" or "超" ? ">" : m.Groups["verb"].Value is "不低于" ? "≥" : "=",
                };
                Add("target", year, m.Groups["value"].Value + unit + m.Groups["after"].Value, comparator);

                void Add(string kind, long? when, string valueText, string comparator)
                {
                    var parsed = TargetValue.Parse(valueText);
                    var target = graph.Node(NodeLabels.Target, $"{name} {(when is null ? "" : when + "年")}{(kind == "target" ? "目标" : "基数")}", evidence, new Dictionary<string, object?>
                    {
                        ["kind"] = kind, ["year"] = when, ["value"] = parsed.Value, ["valueText"] = valueText, ["comparator"] = comparator,
                        ["unit"] = unit, ["indicator"] = name,
                    }, id: StableId.For(NodeLabels.Target, indicator, planId, kind, when?.ToString(CultureInfo.InvariantCulture) ?? ""));
                    graph.Relationship(RelationshipTypes.Sets, planId, target, evidence);
                    graph.Relationship(RelationshipTypes.Of, target, indicator, evidence);
                }
            }
        }
    }

    /// <summary>A bare count ("企业数量") after a named quantity counts that quantity's field: 服务贸易规模…、企业数量 → 服务贸易企业数量.</summary>
    private static string QualifiedName(string name, string? previous)
        => previous is not null && BareCount().IsMatch(name) && HeadWords.Value.QuantityEdges.Replace(previous, "") is { Length: >= 2 } field
            ? field + name : name;

    [GeneratedRegex(@"^(企业|机构|项目)(数量|数)$")]
    private static partial Regex BareCount();

    // "X达到55%", "X突破1800亿元", "X从43家增至600家以上": the words before the verb name the indicator.
    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z（）()]{2,30}?)(?:从(?:(?<since>(?:19|20)\d{2})年的?)?(?<from>\d+(?:\.\d+)?)\k<unit>?\S{0,4}?)?(?:力争|争取)?(?<verb>力争达到|达到|提高到|提高至|提升到|提升至|增长到|增长至|递增到|递增至|增至|新增|提升|突破|超过|不低于|达|超)(?<value>\d+(?:\.\d+)?)(?<unit>%|万亿元|亿美元|亿元|万元|元|万平方米|平方米|万人次|亿人次|人次|家|个|张|人|场|所|座|项|公里|辆|户|套)(?<after>以上|以内|左右)?")]
    private static partial Regex InlineTarget();

    // Clauses that name an action or a place rather than a measured quantity.
    private static readonly Regex NotAnIndicator = VerbLists.Pattern(@"^(%action-head%)|的$");
}

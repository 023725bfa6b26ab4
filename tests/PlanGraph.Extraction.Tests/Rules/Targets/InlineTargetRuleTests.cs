using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Targets;

/// <summary>target.sentence and indicator.sentence (Rules/Targets/InlineTargetRule) on made-up dated sentences.</summary>
public sealed class InlineTargetRuleTests
{
    private static List<(string Name, object? Year, object? Value, object? Comparator, object? Kind)> Targets(GraphDocument graph) => [.. graph
        .By(NodeLabels.Target, "target.sentence")
        .Select(t => (t.Name, t.Properties["year"], t.Properties["value"], t.Properties["comparator"], t.Properties["kind"]))];

    [Fact]
    public void A_ministry_plan_states_targets_baselines_and_comparators_and_a_semicolon_carries_the_year()
    {
        var graph = Synthetic.Extract(
            "工业和信息化部关于印发《新能源汽车产业发展规划（2026—2030年）》的通知",
            "一、发展目标",
            "到2030年，全国专精特新企业从2025年的300家增至600家以上，公共充电桩覆盖率提高到90%左右；",
            "新能源公交车占比不低于80%。");
        Targets(graph).ShouldBe([
            ("全国专精特新企业 2025年基数", 2025L, 300d, "=", "baseline"),
            ("全国专精特新企业 2030年目标", 2030L, 600d, "≥", "target"),
            ("公共充电桩覆盖率 2030年目标", 2030L, 90d, "≈", "target"),
            ("新能源公交车占比 2030年目标", 2030L, 80d, "≥", "target"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void The_goal_of_the_section_is_measured_and_a_bare_count_takes_the_field_before_it()
    {
        var graph = Synthetic.Extract(
            "某省“十五五”充电基础设施规划",
            "一、加快完善充电基础设施",
            "到2028年，全省高速公路服务区充电站达到8000个，其中企业数量超过200家。");
        var indicators = graph.By(NodeLabels.Indicator, "indicator.sentence").Select(i => i.Name).ToList();
        // 全省 is the sentence's subject, not part of the indicator's name (it would not merge with the table's).
        indicators.ShouldBe(["高速公路服务区充电站", "高速公路服务区充电站企业数量"], ignoreOrder: true);
        var goal = graph.Nodes.Single(n => n.Label == NodeLabels.Goal && n.Name == "加快完善充电基础设施");
        graph.Relationships.Count(r => r.Type == RelationshipTypes.MeasuredBy && r.From == goal.Id).ShouldBe(2);
        Targets(graph).ShouldContain(("高速公路服务区充电站企业数量 2028年目标", 2028L, 200d, ">", "target"));
    }

    [Fact]
    public void A_status_as_of_a_year_and_an_action_are_no_targets()
    {
        var graph = Synthetic.Extract(
            "某市“十五五”数字经济发展规划",
            "一、发展基础",
            "截至2025年，全市数据中心达到30个。",
            "二、重点任务",
            "到2030年，建设算力中心达到10个。");
        Targets(graph).ShouldBeEmpty();
    }

    [Fact]
    public void A_reply_states_no_plan_targets()
    {
        Targets(Synthetic.Extract(
            "关于市人大代表第45号建议的答复",
            "到2030年，全市公共充电桩覆盖率提高到90%左右。")).ShouldBeEmpty();
    }
}

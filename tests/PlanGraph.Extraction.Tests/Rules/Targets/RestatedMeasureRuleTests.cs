using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Targets;

/// <summary>indicator.sentence-restated (Rules/Targets/RestatedMeasureRule): a dated clause restating a table indicator in its own words.</summary>
public sealed class RestatedMeasureRuleTests
{
    private static List<(string Goal, string Indicator)> Restated(GraphDocument graph) => [.. graph.Relationships
        .Where(r => r.Type == RelationshipTypes.MeasuredBy && r.Evidence.Any(e => e.Rule == "indicator.sentence-restated"))
        .Select(r => (graph.Nodes.Single(n => n.Id == r.From).Name, graph.Nodes.Single(n => n.Id == r.To).Name))];

    [Fact]
    public void A_clause_holding_the_indicators_core_measures_the_goal_by_the_table_indicator()
    {
        var graph = Synthetic.Extract(
            "某市会展业发展规划（2026-2030年）",
            "一、发展目标",
            "表1 会展业发展指标",
            "类别\t序号\t指标\t单位\t2025年\t2030年\t属性",
            "会展规模\t1\t举办国际会展活动数量\t场\t20\t50\t预期性",
            "二、打造国际会展之都",
            "到2030年，累计举办国际会展活动超50场。");
        Restated(graph).ShouldBe([("打造国际会展之都", "举办国际会展活动数量")]);
        graph.By(NodeLabels.Indicator, "indicator.sentence").ShouldBeEmpty();
    }

    [Fact]
    public void A_provincial_clause_whose_words_stand_in_the_indicator_restates_it()
    {
        var graph = Synthetic.Extract(
            "某省“十五五”科技创新规划",
            "一、发展目标",
            "表1 “十五五”科技创新发展指标",
            "类别\t序号\t指标\t单位\t2025年\t2030年\t属性",
            "创新投入\t1\t研发经费投入强度\t%\t2.8\t3.2左右\t预期性",
            "二、加快建设创新平台",
            "到2030年，研发经费投入强度达到3.2%。");
        Restated(graph).ShouldBe([("加快建设创新平台", "研发经费投入强度")]);
    }

    [Fact]
    public void Without_a_table_nothing_is_restated()
    {
        Restated(Synthetic.Extract(
            "某市会展业发展规划（2026-2030年）",
            "一、打造国际会展之都",
            "到2030年，累计举办国际会展活动超50场。")).ShouldBeEmpty();
    }
}

using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Targets;

/// <summary>indicator.table-row and target.table-cell (Rules/Targets/TableRowRule) on made-up 表 tables.</summary>
public sealed class TableRowRuleTests
{
    private static GraphNode Target(GraphDocument graph, string name) => graph.Nodes.Single(n => n.Label == NodeLabels.Target && n.Name == name);

    private static List<string> Measured(GraphDocument graph, string goal) => [.. graph.Relationships
        .Where(r => r.Type == RelationshipTypes.MeasuredBy && r.From == graph.Nodes.Single(n => n.Name == goal && n.Label == NodeLabels.Goal).Id)
        .Select(r => graph.Nodes.Single(n => n.Id == r.To).Name)];

    [Fact]
    public void Each_row_is_an_indicator_with_its_baseline_and_target_dated_by_the_header_or_a_note()
    {
        var graph = Synthetic.Extract(
            "某省“十五五”科技创新规划",
            "一、发展目标",
            "到2030年，基本建成科技强省。",
            "表1 “十五五”科技创新发展指标",
            "类别\t序号\t指标\t单位\t2025年\t2030年\t属性",
            "创新投入\t1\t研发经费投入强度\t%\t2.8\t3.2左右\t预期性",
            "\t2\t每万人高价值发明专利拥有量（件）\t15\t25（2029）\t约束性",
            "二、加快建设创新平台");
        var indicators = graph.By(NodeLabels.Indicator, "indicator.table-row");
        indicators.Select(i => (i.Name, i.Properties["unit"], i.Properties["category"], i.Properties["attribute"])).ShouldBe([
            ("研发经费投入强度", (object?)"%", (object?)"创新投入", (object?)"预期性"),
            ("每万人高价值发明专利拥有量", "件", "创新投入", "约束性"),
        ], ignoreOrder: true);
        var target = Target(graph, "研发经费投入强度 2030年目标");
        (target.Properties["value"], target.Properties["comparator"], target.Properties["valueText"]).ShouldBe((3.2d, "≈", "3.2左右"));
        Target(graph, "研发经费投入强度 2025年基数").Properties["kind"].ShouldBe("baseline");
        Target(graph, "每万人高价值发明专利拥有量 2029年目标").Evidence.ShouldHaveSingleItem().Rule.ShouldBe("target.table-cell");

        // The table's section dates its objective to the table's target year: the rows measure it.
        Measured(graph, "基本建成科技强省").ShouldBe(["研发经费投入强度", "每万人高价值发明专利拥有量"], ignoreOrder: true);
    }

    [Fact]
    public void A_table_under_a_task_heading_measures_that_goal()
    {
        var graph = Synthetic.Extract(
            "某市会展业发展规划（2026-2030年）",
            "一、打造国际会展之都",
            "表1 会展业发展指标",
            "类别\t序号\t指标\t单位\t2025年\t2030年\t属性",
            "会展规模\t1\t展览面积\t万平方米\t120\t200\t预期性");
        Measured(graph, "打造国际会展之都").ShouldBe(["展览面积"]);
        Target(graph, "展览面积 2030年目标").Properties["unit"].ShouldBe("万平方米");
    }

    [Fact]
    public void A_reply_reads_no_table()
    {
        Synthetic.Extract(
            "关于市政协十三届四次会议第0123号提案的答复",
            "表1 办理情况",
            "类别\t序号\t指标\t单位\t2025年\t2030年\t属性",
            "会展规模\t1\t展览面积\t万平方米\t120\t200\t预期性").By(NodeLabels.Indicator, "indicator.table-row").ShouldBeEmpty();
    }
}

using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Goals;

/// <summary>goal.counted-list (Rules/Goals/CountedNameRule): a counted quoted name after as many listed items.</summary>
public sealed class CountedNameRuleTests
{
    private static List<string> Counted(params string[] lines) => [.. Synthetic.Extract(lines).By(NodeLabels.Goal, "goal.counted-list").Select(g => g.Name)];

    [Fact]
    public void A_counted_name_after_as_many_items_in_the_framing_is_a_goal()
    {
        Counted(
            "某省“十五五”制造业高质量发展规划",
            "全省将建设研发中心、检测中心和交易中心“三大中心”，推动产业整体升级。",
            "一、加快建设先进制造业基地",
            "（一）推进智能制造").ShouldBe(["三大中心"]);
    }

    [Fact]
    public void Numerals_adding_up_count_several_kinds_of_items()
    {
        Counted(
            "某市“十五五”规划纲要",
            "一、总体思路",
            "打造科创走廊、金融中心、物流枢纽、会展中心“一廊三中心”，全面提升城市能级。").ShouldBe(["一廊三中心"]);
    }

    [Fact]
    public void A_count_that_does_not_match_or_a_name_inside_a_task_gives_nothing()
    {
        Counted(
            "国家发展改革委关于印发《某领域“十五五”规划》的通知",
            "坚持“一带一路”建设，推进研发、制造“三个提升”。",
            "一、推进区域协调发展",
            "实施质量、标准、品牌“三个提升”工程。").ShouldBeEmpty();
    }
}

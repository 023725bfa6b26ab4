using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Goals;

/// <summary>goal.task-heading, goal.target-lead, goal.target-statement (Rules/Goals/GoalOutlineRule) on made-up plans.</summary>
public sealed class GoalOutlineRuleTests
{
    private static List<string> Names(GraphDocument graph, string rule) => [.. graph.By(NodeLabels.Goal, rule).Select(g => g.Name)];

    [Fact]
    public void Task_headings_are_goals_nested_as_the_outline_nests_them_and_background_headings_are_not()
    {
        var graph = Synthetic.Extract(
            "江苏省“十五五”现代服务业发展规划",
            "一、发展基础",
            "（一）服务业规模持续扩大",
            "二、加快构建现代服务业体系",
            "（一）创建国家级服务业集聚区",
            "（二）稳步扩大服务业开放");
        Names(graph, "goal.task-heading").ShouldBe(["加快构建现代服务业体系", "创建国家级服务业集聚区", "稳步扩大服务业开放"], ignoreOrder: true);
        graph.ParentOf(graph.Nodes.Single(n => n.Name == "创建国家级服务业集聚区")).ShouldBe("加快构建现代服务业体系");
        var top = graph.Nodes.Single(n => n.Name == "加快构建现代服务业体系");
        graph.Relationships.ShouldContain(r => r.Type == RelationshipTypes.HasGoal && r.To == top.Id);
    }

    [Fact]
    public void A_sentence_that_introduces_the_goals_is_none_and_the_dashed_leads_after_it_are()
    {
        var graph = Synthetic.Extract(
            "某市国民经济和社会发展第十五个五年规划纲要",
            "第二章 主要目标",
            "“十五五”时期某市经济社会发展要实现以下目标。",
            "——高质量发展迈上新台阶。经济实现质的有效提升和量的合理增长。",
            "——民生福祉取得新成效。居民收入增长和经济增长同步。");
        Names(graph, "goal.target-lead").ShouldBe(["高质量发展迈上新台阶", "民生福祉取得新成效"], ignoreOrder: true);
    }

    [Fact]
    public void Principles_and_achievement_reports_are_no_goals()
    {
        var graph = Synthetic.Extract(
            "某市交通运输“十五五”规划",
            "一、指导思想和基本原则",
            "（一）坚持创新驱动",
            "二、发展回顾",
            "（一）综合交通实现新跨越",
            "三、推进综合交通枢纽建设",
            "（一）建设国际航空枢纽");
        Names(graph, "goal.task-heading").ShouldBe(["推进综合交通枢纽建设", "建设国际航空枢纽"], ignoreOrder: true);
    }

    [Fact]
    public void A_target_section_states_its_objective_and_the_leads_below_it()
    {
        var graph = Synthetic.Extract(
            "某省数字政府建设规划（2026-2030年）",
            "一、发展目标",
            "到2030年，基本建成整体协同的数字政府。",
            "——政务服务更加便捷。政务服务事项全程网办率达到90%。",
            "——数据共享更加充分。公共数据按需共享。",
            "二、重点任务",
            "（一）推进政务数据共享");
        Names(graph, "goal.target-statement").ShouldBe(["基本建成整体协同的数字政府"]);
        Names(graph, "goal.target-lead").ShouldBe(["政务服务更加便捷", "数据共享更加充分"], ignoreOrder: true);
        graph.ParentOf(graph.Nodes.Single(n => n.Name == "政务服务更加便捷")).ShouldBe("基本建成整体协同的数字政府");
        Names(graph, "goal.task-heading").ShouldContain("推进政务数据共享");
    }

    [Fact]
    public void A_ministry_plan_with_chapters_and_sections_nests_section_goals_under_the_chapter()
    {
        var graph = Synthetic.Extract(
            "工业和信息化部关于印发《“十五五”信息通信业发展规划》的通知",
            "第一章 发展环境",
            "当前，信息通信业发展面临新的形势。",
            "第二章 加快建设新型信息基础设施",
            "第一节 推进千兆光网建设",
            "第二节 稳步部署算力网络");
        Names(graph, "goal.task-heading").ShouldBe(["加快建设新型信息基础设施", "推进千兆光网建设", "稳步部署算力网络"], ignoreOrder: true);
        graph.ParentOf(graph.Nodes.Single(n => n.Name == "稳步部署算力网络")).ShouldBe("加快建设新型信息基础设施");
    }

    [Fact]
    public void An_interpretation_states_no_goals_of_its_own()
    {
        Synthetic.Extract(
            "《某市“十五五”规划》政策解读",
            "一、加快建设现代化产业体系",
            "（一）推进制造业转型升级").Nodes.Where(n => n.Label == NodeLabels.Goal).ShouldBeEmpty();
    }
}

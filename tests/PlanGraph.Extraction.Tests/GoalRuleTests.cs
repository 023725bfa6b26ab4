using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Goals by the enclosing section, target statements and counted lists, on the seeds.</summary>
public sealed class GoalRuleTests
{
    private static IEnumerable<GraphNode> Goals => SeedGraph.Graph.Nodes.Where(n => n.Label == NodeLabels.Goal);

    private static GraphNode Goal(string name) => Goals.Single(n => n.Name == name);

    private static string? ParentOf(GraphNode goal) => SeedGraph.Graph.Relationships
        .SingleOrDefault(r => r.Type == RelationshipTypes.PartOf && r.From == goal.Id) is { } r
        ? SeedGraph.Graph.Nodes.Single(n => n.Id == r.To).Name : null;

    [Fact]
    public void Every_heading_of_a_task_part_is_a_goal_whatever_its_first_word()
    {
        // D1:572 and D4:931 start with 创建 / 基本建成, not a task verb; the part they are in decides.
        var created = Goal("创建韧性健康城区");
        created.Evidence.ShouldHaveSingleItem().Rule.ShouldBe("goal.task-heading");
        ParentOf(created).ShouldBe("打造全球一流的韧性健康城区和医疗高地");
        Goal("基本建成数智健康先锋城区").Evidence.ShouldHaveSingleItem().FirstLine.ShouldBe(931);
        ParentOf(Goal("以河套深港科技创新合作区为牵引打造中央创新区")).ShouldBe("突出经济发展，在高质量发展新阶段争创城区新优势");
    }

    [Fact]
    public void Background_principle_and_achievement_headings_are_not_goals()
    {
        string[] notGoals = ["发展基础与发展环境", "坚持强核突破，加速引领创新", "深化改革取得新突破", "“新倍增计划”目标", "高站位开创新局面"];
        Goals.Select(g => g.Name).ShouldNotContain(name => notGoals.Contains(name));
    }

    [Fact]
    public void The_leads_of_a_target_section_are_goals()
    {
        // D4:249 "1.中央商务区更有发展贡献度。…" and D3:580 "——科技培育空间倍增计划。…" under 发展目标.
        var lead = Goal("中央商务区更有发展贡献度").Evidence.ShouldHaveSingleItem();
        (lead.Rule, lead.FirstLine, lead.Quote).ShouldBe(("goal.target-lead", 249, "中央商务区更有发展贡献度"));
        Goal("科技培育空间倍增计划").Evidence.ShouldHaveSingleItem().Rule.ShouldBe("goal.target-lead");
    }

    [Fact]
    public void A_dated_objective_is_a_goal_and_the_leads_after_it_spell_it_out()
    {
        // D1:42 "…，到2025年，基本建成社会主义现代化典范城区。" then D1:43–46 "发展质量跃居全球前列。…".
        var objective = Goal("基本建成社会主义现代化典范城区");
        var evidence = objective.Evidence.ShouldHaveSingleItem();
        (evidence.Rule, evidence.FirstLine).ShouldBe(("goal.target-statement", 42));
        ParentOf(Goal("发展质量跃居全球前列")).ShouldBe(objective.Name);
        Goal("成为粤港澳大湾区国际科技创新中心建设的重要引擎").Evidence.ShouldHaveSingleItem().Rule.ShouldBe("goal.target-statement");

        // D1:254 "聚焦提高经济质量。…" follows a note, not an objective: a run-in lead only.
        Goals.ShouldNotContain(g => g.Name == "聚焦提高经济质量");
    }

    [Fact]
    public void A_counted_list_of_the_plan_framing_is_one_goal()
    {
        // One evidence of the list rule; the parts rule (goal.counted-parts) adds its own where it reads the parts.
        Goal("两区四中心").Evidence.Where(e => e.Rule == "goal.counted-list").ShouldHaveSingleItem();
        Goal("三大新引擎").Evidence.Select(e => e.FirstLine).Distinct().ShouldBe([2, 42], ignoreOrder: true);

        // “三个代表” follows 、 (no list), “一带一路” counts two with one item, “三大轴线” details a task.
        string[] notLists = ["三个代表", "一带一路", "三大轴线", "四个全面"];
        Goals.Select(g => g.Name).ShouldNotContain(name => notLists.Contains(name));
    }
}

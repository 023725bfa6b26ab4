using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Items;

/// <summary>project.sentence (Rules/Items/BodyProjectRule): a clause that builds a properly named facility names a project of its goal.</summary>
public sealed class BodyProjectRuleTests
{
    [Fact]
    public void A_built_facility_with_a_proper_head_is_a_project_supporting_the_sections_goal()
    {
        var graph = Synthetic.Extract("深圳市海洋经济发展“十五五”规划", "一、加快建设海洋科技创新高地", "高标准建设深圳海洋科技创新中心，打造香港国际海事服务平台。");
        var projects = graph.By(NodeLabels.Project, "project.sentence");
        projects.Select(p => p.Name).ShouldBe(["深圳海洋科技创新中心", "香港国际海事服务平台"], ignoreOrder: true);
        var goal = graph.Nodes.Single(n => n.Label == NodeLabels.Goal && n.Name.Contains("海洋科技创新高地", StringComparison.Ordinal));
        graph.Relationships.Where(r => r.Type == RelationshipTypes.Supports && r.To == goal.Id).Select(r => r.From)
            .ShouldBe(projects.Select(p => p.Id), ignoreOrder: true);
    }

    [Fact]
    public void Kinds_institutions_and_designations_are_no_projects()
    {
        Synthetic.Extract("深圳市海洋经济发展“十五五”规划", "一、加快建设海洋科技创新高地", "建设一批重点实验室，支持深圳大学建设深圳海洋综合试验区。")
            .By(NodeLabels.Project, "project.sentence").ShouldBeEmpty();
    }
}

using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Projects named in running text, outside 专栏 boxes, on the seeds.</summary>
public sealed class BodyProjectTests
{
    private static List<GraphNode> BodyProjects => [.. SeedGraph.Graph.Nodes.Where(n => n.Label == NodeLabels.Project && n.Evidence.Any(e => e.Rule == "project.sentence"))];

    [Fact]
    public void Named_facilities_a_sentence_builds_are_projects_with_the_sentence_as_evidence()
    {
        // D1:467 "开展智慧交通提升工程，建立福田数字交通运行平台"; D4:163 "河套合作区建成…河套国际商事调解中心".
        var platform = BodyProjects.Single(p => p.Name == "福田数字交通运行平台");
        platform.Evidence.Single(e => e.Rule == "project.sentence").FirstLine.ShouldBe(467);
        BodyProjects.ShouldContain(p => p.Name == "河套国际商事调解中心");
    }

    [Fact]
    public void Institutions_designations_mechanisms_kinds_and_places_are_not_body_projects()
    {
        var names = BodyProjects.Select(p => p.Name).ToList();
        names.ShouldNotContain(n => n.EndsWith("研究院", StringComparison.Ordinal) || n.EndsWith("示范区", StringComparison.Ordinal)
            || n.EndsWith("机制", StringComparison.Ordinal) || n.Contains('等', StringComparison.Ordinal) || n.StartsWith("国家级", StringComparison.Ordinal));
        names.ShouldNotContain("河套深港科技创新合作区深圳园区");
        names.Count.ShouldBeGreaterThanOrEqualTo(20);
    }
}

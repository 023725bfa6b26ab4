using PlanGraph.Core;
using PlanGraph.Extraction.Quality;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>The data-quality report (`plangraph report`) over the seeds.</summary>
public sealed class GraphAuditTests
{
    [Fact]
    public void Counts_match_the_graph_and_lists_name_real_gaps()
    {
        var graph = SeedGraph.Graph;
        var audit = GraphAudit.Of(graph);

        audit.NodesPerLabel.Values.Sum().ShouldBe(graph.Nodes.Count);
        audit.RelationshipsPerType.Values.Sum().ShouldBe(graph.Relationships.Count);
        audit.NodesPerLabel[NodeLabels.Target].ShouldBe(graph.Nodes.Count(n => n.Label == NodeLabels.Target));

        // D1 and D3 both give 1.45 for the 2020 R&D share; D3 writes it "1.45 （2020）": the same value, no conflict.
        audit.ConflictingValues.ShouldNotContain(c => c.StartsWith("全社会研发支出占GDP比重", StringComparison.Ordinal));

        // Every project listed as placeless really has no LOCATED_IN, and D1 专栏2's projects (located in 河套) are not listed.
        var located = graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn).Select(r => r.From).ToHashSet();
        audit.ProjectsWithoutPlace.ShouldAllBe(name => graph.Nodes.Any(n => n.Label == NodeLabels.Project && n.Name == name && !located.Contains(n.Id)));
        audit.ProjectsWithoutPlace.ShouldNotContain("湾区数字经济算力中心");

        // A goal a box supports is served, so is its parent.
        audit.GoalsWithoutProject.ShouldNotContain("建设全球一流特色商圈");
        audit.ToText().ShouldContain("Projects with no place:");
    }
}

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

    [Fact]
    public void Each_plan_keeps_its_own_unit_and_category_and_the_report_lists_indicators_whose_plans_disagree()
    {
        // 创新载体数量: D1:116 counts 个 under 创新能力, D3:704 counts 家 under 科技创新载体; the node keeps D1's unit first.
        var indicator = SeedGraph.Node(NodeLabels.Indicator, "创新载体数量");
        indicator.Properties["unit"].ShouldBe("个");
        ((IEnumerable<string>)indicator.Properties["units"]!).ShouldBe(["个", "家"]);
        // The table targets: a sentence (D3:602, the 2023 step) gives a unit but no category.
        var targets = SeedGraph.Graph.Relationships.Where(r => r.Type == RelationshipTypes.Of && r.To == indicator.Id).Select(r => SeedGraph.ById(r.From))
            .Where(t => t.Evidence.Any(e => e.Rule == "target.table-cell")).ToList();
        targets.Where(t => (string?)t.Properties["unit"] == "家").ShouldAllBe(t => (string?)t.Properties["category"] == "科技创新载体");
        targets.Where(t => (string?)t.Properties["unit"] == "个").ShouldAllBe(t => (string?)t.Properties["category"] == "创新能力");
        targets.Count.ShouldBe(4);

        var audit = GraphAudit.Of(SeedGraph.Graph);
        audit.DisagreeingIndicators.ShouldContain("创新载体数量 unit: 个 (福田区“十四五”规划纲要); 家 (福田区科技创新“十四五”规划)");
        audit.DisagreeingIndicators.ShouldContain(d => d.StartsWith("创新载体数量 category: ", StringComparison.Ordinal));
        // One plan's table only: nothing to disagree with.
        audit.DisagreeingIndicators.ShouldNotContain(d => d.StartsWith("地区生产总值 ", StringComparison.Ordinal));
        audit.ToText().ShouldContain("Indicators whose plans disagree on unit or category");
    }

    [Fact]
    public void Unresolved_mentions_name_file_line_and_kind_and_leave_out_known_entities_and_kinds()
    {
        var unresolved = UnresolvedMentions.Find(SeedGraph.Documents, SeedGraph.Graph);
        var audit = GraphAudit.Of(SeedGraph.Graph, unresolved);

        // D4:593 "…以及北美精算师协会、中国精算师协会…": an association the rules did not resolve.
        audit.UnresolvedMentions.ShouldContain("futian-cbd-15th-five-year-plan-draft-2026.txt:593 北美精算师协会 (institution)");

        // D2:3 the suggestion the reply answers is a 《…》 title the reply cites (plan.cited-title reads suggestions,
        // measures and notices too), so it is resolved.
        unresolved.ShouldNotContain(m => m.Kind == "title" && m.Text == "关于提升产业园区建设及运营环境的建议");

        // Known entities (深圳证券交易所, 福田区) and kinds (重点片区, 行业协会) are not listed.
        unresolved.ShouldNotContain(m => m.Text.Contains("深圳证券交易所", StringComparison.Ordinal) || m.Text == "重点片区" || m.Text == "行业协会");
        audit.ToText(5).ShouldContain("Unresolved mentions");
    }
}

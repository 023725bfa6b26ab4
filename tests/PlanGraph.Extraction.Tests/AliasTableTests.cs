using PlanGraph.Core;
using PlanGraph.Extraction.Quality;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Entity resolution through the versioned alias table (Data/aliases.tsv) on the seeds.</summary>
public sealed class AliasTableTests
{
    [Fact]
    public void Two_plans_names_for_one_indicator_become_one_indicator_that_keeps_both_targets()
    {
        // D1 表 "创新载体数量" 230 → 380 (lines 116-119); D3 表1 "全区各类创新载体总建设目标" 230 → 500 (lines 704-708).
        var graph = SeedGraph.Graph;
        var indicator = graph.Nodes.Single(n => n.Label == NodeLabels.Indicator && n.Name == "创新载体数量");
        indicator.Aliases.ShouldContain("全区各类创新载体总建设目标");
        graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Indicator && n.Name == "全区各类创新载体总建设目标");
        var targets = graph.Relationships.Where(r => r.Type == RelationshipTypes.Of && r.To == indicator.Id)
            .Select(r => graph.Nodes.Single(n => n.Id == r.From))
            .Where(t => Equals(t.Properties["kind"], "target"))
            .Select(t => t.Properties["valueText"])
            .ToList();
        // D3:602 "到2023年，全区各类创新载体总建设目标从2020年的230家增至400家" adds the 2023 step in a sentence.
        targets.ShouldBe(["380", "500", "400家"], ignoreOrder: true);

        // The report now sees the two plans disagree.
        GraphAudit.Of(graph).ConflictingValues.ShouldContain(c => c.StartsWith("创新载体数量 2025 target", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_合作区_is_the_hetao_zone_in_a_document_that_names_it_but_not_inside_a_longer_name()
    {
        // D1:12 "河套深港科技创新合作区成为国家战略平台。合作区纳入…": the second sentence's 合作区 is the zone.
        var graph = SeedGraph.Graph;
        var hetao = graph.Nodes.Single(n => n.Label == NodeLabels.Place && n.Name == "河套深港科技创新合作区");
        var contextual = hetao.Evidence.Where(e => e.Rule == "place.context-alias").ToList();
        contextual.ShouldNotBeEmpty();
        contextual.ShouldAllBe(e => e.Quote.Contains("合作区", StringComparison.Ordinal));

        // Sentences where 合作区 appears only inside 深汕特别合作区 give the 河套 zone no evidence.
        contextual.ShouldNotContain(e => e.Quote.Replace("深汕特别合作区", "", StringComparison.Ordinal).IndexOf("合作区", StringComparison.Ordinal) < 0);
    }
}

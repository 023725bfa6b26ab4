using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Targets stated in sentences ("到2030年，X从M增至N以上") on the seeds.</summary>
public sealed class InlineTargetTests
{
    private static GraphNode Target(string indicator, string kind) => SeedGraph.Graph.Nodes.Single(n =>
        n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), indicator) && Equals(n.Properties.GetValueOrDefault("kind"), kind));

    [Fact]
    public void A_sentence_target_keeps_its_words_comparator_and_baseline()
    {
        // D4:413 "到2030年，离境退税商户从43家增至600家以上".
        var target = Target("离境退税商户", "target");
        target.Properties["year"].ShouldBe(2030L);
        target.Properties["valueText"].ShouldBe("600家以上");
        target.Properties["comparator"].ShouldBe("≥");
        target.Properties["value"].ShouldBe(600d);
        target.Evidence.ShouldHaveSingleItem().FirstLine.ShouldBe(413);
        Target("离境退税商户", "baseline").Properties["valueText"].ShouldBe("43家");
    }

    [Fact]
    public void A_baseline_the_sentence_dates_keeps_its_year_and_a_periods_end_is_no_target_date()
    {
        // D3:633 "到2023年，全社会研发投入从2020年的64亿元增至200亿元".
        var since = SeedGraph.Graph.Nodes.Single(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "全社会研发投入")
            && Equals(n.Properties["kind"], "baseline"));
        (since.Properties["year"], since.Properties["valueText"]).ShouldBe((2020L, "64亿元"));

        // D3:588 "在 2018 到 2020 年空间增加 25 万平方米的基础上，到 2023 年，实现全区科技培育空间从 40 万平方米递增到
        // 100 万平方米": 2020 ends a period; the target is 2023's, and a four-character unit follows the baseline.
        var steps = SeedGraph.Graph.Nodes.Where(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "科技培育空间"))
            .Select(n => (n.Properties["kind"], n.Properties.GetValueOrDefault("year"), n.Properties["valueText"])).ToList();
        steps.ShouldBe([("baseline", null, "40万平方米"), ("target", 2023L, "100万平方米"), ("target", 2025L, "150万平方米")], ignoreOrder: true);
    }

    [Fact]
    public void A_target_the_table_and_a_sentence_both_state_is_one_target_with_both_pieces_of_evidence()
    {
        // D1:79 (indicator table) and D1:397 "到2025年，总部企业增加值占GDP比重达到55%".
        var target = Target("总部企业增加值占GDP比重", "target");
        target.Evidence.Select(e => (e.FirstLine, e.Rule)).ShouldBe([(79, "target.table-cell"), (397, "target.sentence")], ignoreOrder: true);
        SeedGraph.Graph.Relationships.Count(r => r.Type == RelationshipTypes.Sets && r.To == target.Id).ShouldBe(1);
    }
}

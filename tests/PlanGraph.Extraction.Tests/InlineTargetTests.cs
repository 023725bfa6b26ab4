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
    public void A_target_the_table_and_a_sentence_both_state_is_one_target_with_both_pieces_of_evidence()
    {
        // D1:79 (indicator table) and D1:397 "到2025年，总部企业增加值占GDP比重达到55%".
        var target = Target("总部企业增加值占GDP比重", "target");
        target.Evidence.Select(e => (e.FirstLine, e.Rule)).ShouldBe([(79, "target.table-cell"), (397, "target.sentence")], ignoreOrder: true);
        SeedGraph.Graph.Relationships.Count(r => r.Type == RelationshipTypes.Sets && r.To == target.Id).ShouldBe(1);
    }
}

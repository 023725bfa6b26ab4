using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Places;

/// <summary>place.suffix (Rules/Places/SuffixPlaceRule): a known place, a short name and a place-kind suffix name a place inside it.</summary>
public sealed class SuffixPlaceRuleTests
{
    private static List<(string Name, string? Parent)> SuffixPlaces(params string[] lines)
    {
        var graph = Synthetic.Extract(lines);
        return [.. graph.By(NodeLabels.Place, "place.suffix").Select(n => (n.Name, graph.ParentOf(n)))];
    }

    [Fact]
    public void A_known_place_with_a_name_and_a_suffix_is_a_place_inside_it()
    {
        SuffixPlaces("成都市商业发展规划", "一、重点任务", "提升春熙路商圈能级，推动锦江区东大街商圈和成华区建设路商圈改造。")
            .ShouldContain(("锦江区东大街商圈", "锦江区"));
    }

    [Fact]
    public void A_name_inside_a_quoted_title_or_holding_a_planning_verb_is_no_place()
    {
        SuffixPlaces("成都市商业发展规划", "一、重点任务", "落实《锦江区东大街商圈提升方案》，依托锦江区布局商圈。").ShouldBeEmpty();
    }
}

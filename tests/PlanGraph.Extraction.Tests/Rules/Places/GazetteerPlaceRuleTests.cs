using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Places;

/// <summary>place.gazetteer (Rules/Places/GazetteerPlaceRule): the gazetteer's places a document names, inside their divisions.</summary>
public sealed class GazetteerPlaceRuleTests
{
    [Fact]
    public void A_division_a_sentence_names_is_a_place_inside_its_parent()
    {
        var graph = Synthetic.Extract("江苏省现代服务业发展规划", "一、重点任务", "支持南京市江宁区、苏州市昆山市建设现代服务业集聚区。");
        var places = graph.By(NodeLabels.Place, "place.gazetteer");
        graph.ParentOf(places.Single(p => p.Name == "江宁区")).ShouldBe("南京市");
        graph.ParentOf(places.Single(p => p.Name == "昆山市")).ShouldBe("苏州市");
    }

    [Fact]
    public void A_place_named_only_inside_an_institutions_name_is_no_mention_of_the_place()
    {
        Synthetic.Extract("关于加强高校科研平台建设的意见", "一、主要任务", "支持北京大学、南开大学建设新一代材料研究平台。")
            .By(NodeLabels.Place, "place.gazetteer").ShouldBeEmpty();
    }

    [Fact]
    public void Counties_and_their_cities_as_a_level_are_no_county_named_he()
    {
        Synthetic.Extract("某州政务数据管理办法", "第三章 目录管理", "组织协调州级政务部门和县（市）开展目录编制。")
            .By(NodeLabels.Place, "place.gazetteer").ShouldNotContain(p => p.Name == "和县");
    }
}

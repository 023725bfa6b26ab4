using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Places;

/// <summary>Places and LOCATED_IN from the text: key-area sections, "支持X、Y等地…建设", place-prefixed items, and the fallback.</summary>
public sealed class LocatedInTests
{
    private static GraphDocument Extract(params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic-plan.txt")]);

    private static List<(string Place, string Rule)> PlacesOf(GraphDocument graph, string project)
    {
        var node = graph.Nodes.Single(n => n.Label == NodeLabels.Project && (n.Name == project || n.Aliases.Contains(project)));
        return [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn && r.From == node.Id)
            .Select(r => (graph.Nodes.Single(n => n.Id == r.To).Name, r.Evidence[0].Rule)).Order()];
    }

    private static string? ContainerOf(GraphDocument graph, string place)
    {
        var node = graph.Nodes.Single(n => n.Label == NodeLabels.Place && n.Name == place);
        return graph.Relationships.Where(r => r.Type == RelationshipTypes.PartOf && r.From == node.Id).Select(r => graph.Nodes.Single(n => n.Id == r.To).Name).FirstOrDefault();
    }

    [Fact]
    public void The_sections_of_a_key_area_chapter_are_places_of_the_district_and_hold_what_they_build()
    {
        var graph = Extract(
            "杭州市西湖区城市更新“十五五”规划",
            "一、总体要求",
            "坚持系统推进城市更新。",
            "二、重点片区",
            "（一）西溪湿地周边区域更新",
            "加快推进西溪天堂二期、留下老街等重点项目建设。",
            "（二）之江片区",
            "全力推进之江文化中心项目的建设，打造文化新地标。");
        ContainerOf(graph, "西溪湿地").ShouldBe("西湖区");
        ContainerOf(graph, "之江片区").ShouldBe("西湖区");
        PlacesOf(graph, "西溪天堂二期").ShouldBe([("西溪湿地", "located.key-area")]);
        PlacesOf(graph, "留下老街").ShouldBe([("西溪湿地", "located.key-area")]);
        PlacesOf(graph, "之江文化中心项目").ShouldBe([("之江片区", "located.key-area")]);
    }

    [Fact]
    public void A_key_area_section_that_opens_with_a_verb_is_a_task_not_a_place()
    {
        var graph = Extract(
            "宁波市“十五五”规划纲要",
            "一、重点区域",
            "（一）推进甬舟都市圈建设",
            "加快推进东海大桥二期等重点项目建设。",
            "（二）梅山湾片区",
            "全力推进梅山湾公园项目的建设。");
        graph.Nodes.Where(n => n.Label == NodeLabels.Place && n.Evidence.Any(e => e.Rule == "place.key-area")).Select(n => n.Name).ShouldBe(["梅山湾片区"]);
        PlacesOf(graph, "梅山湾公园项目").ShouldBe([("梅山湾片区", "located.key-area")]);
    }

    [Fact]
    public void Every_place_of_a_list_before_what_is_built_holds_it()
    {
        var graph = Extract(
            "安徽省工业互联网创新发展行动计划",
            "一、主要任务",
            "支持合肥、芜湖、铜陵等地标识解析服务平台建设。",
            "大力支持蚌埠建设国家级互联网骨干直联点，争取国家新型互联网交换中心落地。");
        PlacesOf(graph, "标识解析服务平台").ShouldBe([("合肥市", "located.text"), ("芜湖市", "located.text"), ("铜陵市", "located.text")]);
        PlacesOf(graph, "国家级互联网骨干直联点").ShouldBe([("蚌埠市", "located.text")]);
    }

    [Fact]
    public void An_adverb_may_stand_between_the_places_and_the_building_verb()
    {
        var graph = Extract(
            "“十五五”信息通信业发展规划",
            "一、主要任务",
            "推动北京、上海、广州等城市率先建成千兆光网示范平台。");
        PlacesOf(graph, "千兆光网示范平台").ShouldBe([("上海市", "located.text"), ("北京市", "located.text"), ("广州市", "located.text")]);
    }

    [Fact]
    public void A_district_written_after_its_city_before_a_building_verb_holds_what_is_built()
    {
        var graph = Extract(
            "浙江省数字经济发展“十四五”规划",
            "一、重点任务",
            "（二）打造数字产业集群。在杭州市滨江区建设国家集成电路设计产业化基地，支持宁波市鄞州区打造数字经济产业园。");
        PlacesOf(graph, "国家集成电路设计产业化基地").ShouldBe([("滨江区", "located.text")]);
        PlacesOf(graph, "数字经济产业园").ShouldBe([("鄞州区", "located.text")]);
    }

    [Fact]
    public void A_place_written_before_a_listed_name_holds_it_and_a_zone_after_a_city_is_a_place_inside_it()
    {
        var graph = Extract(
            "四川省“十五五”数字经济发展规划",
            "一、重点任务",
            "重点打造成都高新区天府软件园、绵阳市科技城软件产业园等特色园区。",
            "建设省紧急医学救援指挥中心、武侯区公共卫生服务中心等项目。");
        PlacesOf(graph, "天府软件园").ShouldBe([("成都高新区", "located.text")]);
        ContainerOf(graph, "成都高新区").ShouldBe("成都市");
        PlacesOf(graph, "武侯区公共卫生服务中心").ShouldBe([("武侯区", "located.text")]);
    }

    [Fact]
    public void A_project_the_text_places_nowhere_lies_in_the_documents_district_by_the_fallback_only()
    {
        var graph = Extract(
            "南京市鼓楼区“十五五”规划纲要",
            "一、重点任务",
            "专栏1 重点项目",
            "1.鼓楼滨江文化中心。建设文化中心一座。",
            "2.城市大脑平台。建设区级城市大脑。",
            "二、保障措施",
            "加强组织领导。");
        var located = graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn).ToList();
        located.ShouldNotBeEmpty();
        located.ShouldAllBe(r => r.Evidence[0].Rule == "located.document-region-fallback");
        located.Select(r => graph.Nodes.Single(n => n.Id == r.To).Name).Distinct().ShouldBe(["鼓楼区"]);
    }

    [Fact]
    public void A_national_document_gets_no_fallback()
    {
        var graph = Extract(
            "国家综合立体交通网规划纲要",
            "一、重点任务",
            "专栏1 重大工程",
            "1.国家综合交通枢纽工程。建设一批枢纽。",
            "二、保障措施",
            "加强组织领导。");
        graph.Relationships.ShouldNotContain(r => r.Type == RelationshipTypes.LocatedIn);
    }
}

using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Places;

/// <summary>place.suffix-name: named areas no known place starts (仲盛商圈), not kinds of area (特色商圈, 五大商圈).</summary>
public sealed class SuffixNameTests
{
    private static List<(string Name, string? Type, string? Container)> Areas(params string[] lines)
    {
        var graph = GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic-plan.txt")]);
        return [.. graph.Nodes.Where(n => n.Label == NodeLabels.Place && n.Evidence.Any(e => e.Rule == "place.suffix-name"))
            .Select(n => (n.Name, n.Properties.GetValueOrDefault("type") as string,
                graph.Relationships.Where(r => r.Type == RelationshipTypes.PartOf && r.From == n.Id).Select(r => graph.Nodes.Single(p => p.Id == r.To).Name).FirstOrDefault()))
            .OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    [Fact]
    public void A_short_name_before_an_area_suffix_after_a_boundary_is_an_area_of_the_district()
    {
        Areas("武汉市江汉区城市更新规划", "一、重点任务", "稳步推进仲盛商圈改造落地，联动南方商务区，有序推进常青工业园转型。")
            .ShouldBe([("仲盛商圈", "business-district", "江汉区"), ("南方商务区", "area", "江汉区"), ("常青工业园", "park", "江汉区")]);
    }

    [Fact]
    public void Kinds_counts_and_verbs_are_no_area_names()
    {
        Areas("武汉市江汉区商业发展规划", "一、重点任务", "打造五大特色商圈，形成世界级商圈，推动产业园区提质，建设中央商务区。").ShouldBeEmpty();
    }

    [Fact]
    public void The_verbs_a_clause_opens_with_are_no_part_of_the_name()
    {
        Areas("成都市武侯区商业发展规划", "一、重点任务", "统筹七宝古镇保护，高水平共建锦华工业园，激活锦绣片区活力。")
            .ShouldBe([("七宝古镇", "area", "武侯区"), ("锦华工业园", "park", "武侯区"), ("锦绣片区", "area", "武侯区")]);
    }

    [Fact]
    public void A_clause_of_verbs_and_kinds_before_a_suffix_names_no_area()
    {
        Areas("成都市武侯区城市更新规划", "一、重点任务",
            "加强片区统筹，有序拓展商务区，高水平开展重点片区更新，创建国家级商圈，打造入境消费友好型商圈，推进和美乡村片区建设，开展管网老旧片区改造。")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_document_of_no_region_names_no_such_area()
    {
        Areas("关于推动商业高质量发展的意见", "一、重点任务", "稳步推进仲盛商圈改造落地。").ShouldBeEmpty();
    }
}

/// <summary>place.zone: a zone named after a division lies inside it.</summary>
public sealed class ZoneTests
{
    [Fact]
    public void A_zone_right_after_a_divisions_name_is_a_place_inside_it()
    {
        var graph = GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n",
            "上海市数字孪生城市建设行动方案", "一、重点任务", "推动奉贤新城、嘉定新城建设数字孪生底座，支持杭州高新区开展试点。", "优化新城区路网。") + "\n"), "synthetic-plan.txt")]);
        var zones = graph.Nodes.Where(n => n.Label == NodeLabels.Place && n.Evidence.Any(e => e.Rule == "place.zone"))
            .Select(n => (n.Name, graph.Relationships.Where(r => r.Type == RelationshipTypes.PartOf && r.From == n.Id).Select(r => graph.Nodes.Single(p => p.Id == r.To).Name).Single()))
            .OrderBy(z => z.Name, StringComparer.Ordinal).ToList();
        zones.ShouldBe([("嘉定新城", "嘉定区"), ("奉贤新城", "奉贤区"), ("杭州高新区", "杭州市")]);
    }
}

using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>Places outside the gazetteer found by a known sibling in a list (place.coordinated).</summary>
public sealed class CoordinatedPlaceTests
{
    private static readonly Gazetteer Places = Gazetteer.Load();

    // The made-up sentences are read as in a Futian document (its streets and areas are read in its region).
    private static readonly DocumentRegion? Region = Places.RegionOf("深圳市福田区");

    /// <summary>The names (and containers) coordination gives for one made-up sentence.</summary>
    private static List<(string Name, string? Container)> Coordinated(string text)
    {
        var matches = Places.Find(text, Region).ToList();
        var found = SuffixPlaces.Find(text, matches, Places, _ => false, Region).ToList();
        return [.. SuffixPlaces.Coordinated(text, matches, found, Places, _ => false, Region).Select(c => (c.Name, c.Container?.Name))];
    }

    private static string? ContainerOf(string name)
    {
        var node = SeedGraph.Graph.Nodes.Single(n => n.Label == NodeLabels.Place && n.Name == name);
        return SeedGraph.Graph.Relationships.SingleOrDefault(r => r.Type == RelationshipTypes.PartOf && r.From == node.Id) is { } r
            ? SeedGraph.Graph.Nodes.Single(n => n.Id == r.To).Name : null;
    }

    [Fact]
    public void A_listed_name_with_a_known_siblings_suffix_is_a_place_where_its_siblings_lie()
    {
        // D4:303 "支持福田 CBD 商圈、深业上城商圈、香蜜湖超级商圈共建…": both siblings lie in 福田区.
        var place = SeedGraph.Graph.Nodes.Single(n => n.Label == NodeLabels.Place && n.Name == "深业上城商圈");
        place.Evidence.ShouldContain(e => e.Rule == "place.coordinated");
        place.Properties["type"].ShouldBe("business-district");
        ContainerOf("深业上城商圈").ShouldBe("福田区");
    }

    [Fact]
    public void Places_of_other_cities_lie_in_the_city_their_name_starts_with()
    {
        // D4:181 "北京 CBD 商圈、上海陆家嘴张杨路商圈、广州天河路—珠江新城商圈": the dash stops the anchored rule, not coordination.
        ContainerOf("上海陆家嘴张杨路商圈").ShouldBe("上海市");
        ContainerOf("北京CBD商圈").ShouldBe("北京市");
        ContainerOf("广州天河路—珠江新城商圈").ShouldBe("广州市");
        SeedGraph.Graph.Nodes.Single(n => n.Name == "广州天河路—珠江新城商圈").Evidence.ShouldHaveSingleItem().Rule.ShouldBe("place.coordinated");
    }

    [Fact]
    public void A_span_from_a_known_area_is_that_area_and_kinds_of_places_are_none()
    {
        // D0:360 "辐射梅林-彩田片区、车公庙-天安片区": 车公庙-天安片区 reads as 车公庙片区, as 梅林-彩田片区 is 梅林片区.
        SeedGraph.Graph.Nodes.ShouldNotContain(n => n.Name == "车公庙-天安片区");
        SeedGraph.Graph.Nodes.ShouldNotContain(n => n.Name == "五大特色商圈" || n.Name == "世界级商圈" || n.Name == "社区商圈");
    }

    [Fact]
    public void Made_up_lists_give_a_place_only_beside_a_known_one()
    {
        Coordinated("推动华强北商圈、岗厦北商圈和福田中心商圈联动发展。").ShouldBe([("岗厦北商圈", "福田区")]);
        Coordinated("加快梅林片区与笋岗片区融合。").ShouldBe([("笋岗片区", "福田区")]);

        // No known sibling, a kind, a verb or 的 before the suffix, a cited title, another suffix: nothing.
        Coordinated("形成世界级商圈、五大特色商圈联动的商圈发展新格局。").ShouldBeEmpty();
        Coordinated("支持福田中心商圈、大型商圈、特色商圈建设。").ShouldBeEmpty();
        Coordinated("支持福田中心商圈、形成世界级商圈。").ShouldBeEmpty();
        Coordinated("联动福田中心商圈、周边的商圈。").ShouldBeEmpty();
        Coordinated("依据《福田中心商圈、东门商圈管理办法》。").ShouldBeEmpty();
        Coordinated("推动福田中心商圈、东门老街片区发展。").ShouldBeEmpty();
    }

    [Fact]
    public void A_city_inside_an_institutions_name_is_no_mention_of_the_city()
    {
        // D1:575 广州中医药大学 is the university, not the city; D1:311 广州南沙科学城 does name it.
        static IEnumerable<(string, int)> Where(string city) => SeedGraph.Graph.Nodes.Single(n => n.Label == NodeLabels.Place && n.Name == city)
            .Evidence.Where(e => e.Rule == "place.gazetteer").Select(e => (SeedGraph.Graph.Documents.Single(d => d.Id == e.DocumentId).FileName[7..11], e.FirstLine));
        Where("广州市").ShouldNotContain(("14th", 575));
        Where("广州市").ShouldContain(("14th", 311));
    }
}

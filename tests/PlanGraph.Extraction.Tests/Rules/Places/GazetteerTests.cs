using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Places;

/// <summary>The national gazetteer read through the phrase matcher: short forms, shared names and the document's region.</summary>
public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Load();

    private static List<string> Names(string text, string? home = null)
        => [.. Places.Find(text, home is null ? null : Places.RegionOf(home)).OrderBy(f => f.Index).Select(f => f.Place.Name)];

    [Fact]
    public void The_divisions_of_china_are_loaded_with_codes_types_and_containment()
    {
        Places.Places.Count.ShouldBeGreaterThan(40_000);
        var minhang = Places.Named("闵行区")!;
        (minhang.Code, minhang.Type, minhang.Parent).ShouldBe(("310112", "district", "上海市"));
        Places.Chain(Places.Named("浦江镇")!).Select(p => p.Name).ShouldBe(["浦江镇", "闵行区", "上海市"]);
        Places.Chain(Places.Named("福田区")!).Select(p => p.Name).ShouldBe(["福田区", "深圳市", "广东省"]);
        Places.Named("香蜜湖片区")!.Parent.ShouldBe("福田区");
    }

    [Fact]
    public void Short_forms_of_provinces_and_cities_are_read_anywhere_and_of_districts_only_in_the_region()
    {
        Names("支持合肥、芜湖等地建设，加强与北京、内蒙古合作").ShouldBe(["合肥市", "芜湖市", "北京市", "内蒙古自治区"]);
        Names("推进闵行、浦东联动发展").ShouldBeEmpty();
        Names("推进闵行、浦东联动发展", home: "上海市闵行区人民政府").ShouldBe(["闵行区", "浦东新区"]);
    }

    [Fact]
    public void A_shared_street_name_resolves_in_the_documents_region_or_not_at_all()
    {
        Names("新华街道开展老旧小区改造").ShouldBeEmpty();
        Names("聚焦浦江镇滨江岸线").ShouldBeEmpty();
        Names("聚焦浦江镇滨江岸线", home: "闵行区城市更新规划").ShouldBe(["浦江镇"]);
        Names("朝阳区、海淀区").ShouldBe(["海淀区"]);
        Names("朝阳区、海淀区", home: "北京市").ShouldBe(["朝阳区", "海淀区"]);
    }

    [Fact]
    public void Roads_common_words_and_longer_words_are_not_places()
    {
        Names("推动北京路、天河路商圈升级").ShouldBeEmpty();
        Names("践行绿水青山就是金山银山理念", home: "上海市").ShouldBeEmpty();
        Names("统筹城乡和县域发展", home: "安徽省").ShouldBeEmpty();
        Names("推进中心城区更新", home: "山西省晋城市").ShouldBeEmpty();
        Names("加强京津冀、长三角、粤港澳大湾区合作").ShouldBe(["京津冀", "长江三角洲", "粤港澳大湾区"]);
    }

    [Fact]
    public void The_region_is_the_deepest_division_the_title_and_issuer_name()
    {
        var region = Places.RegionOf("闵行区人民政府关于印发《闵行区城市更新“十五五”规划》的通知\n上海市闵行区人民政府")!;
        (region.Home.Name, region.Scope.Name).ShouldBe(("闵行区", "上海市"));
        Places.RegionOf("中共中央 国务院关于实施乡村振兴战略的意见").ShouldBeNull();
    }

    [Fact]
    public void An_institution_named_after_a_region_starts_with_a_place()
    {
        Places.StartsWithPlace("粤港澳大湾区人工智能研究院").ShouldBeTrue();
        new InstitutionFinder(InstitutionLexicon.Load(), Places).Find("布局国际量子研究院、国家药监局药审和器审大湾区分中心、粤港澳大湾区人工智能研究院等一批国家级重大科研平台")
            .Select(m => m.Name).ShouldContain("粤港澳大湾区人工智能研究院");
    }

    [Fact]
    public void A_zone_division_goes_by_its_short_names_after_its_city()
    {
        Names("支持合肥市高新区国家安全产业示范园建设").ShouldContain("合肥高新技术产业开发区");
        Names("推进廊坊经开区扩区", "河北省人民政府").ShouldContain("廊坊经济技术开发区");
    }
}

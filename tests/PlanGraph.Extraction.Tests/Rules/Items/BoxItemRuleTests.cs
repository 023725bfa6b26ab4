using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Items;

/// <summary>project.box-item, involves.box-item, involves.box-listed (Rules/Items/BoxItemRule, Rules/Items/BoxGoals) on made-up 专栏 boxes.</summary>
public sealed class BoxItemRuleTests
{
    private static List<(string From, string To)> Related(GraphDocument graph, string type, string rule) => [.. graph.Relationships
        .Where(r => r.Type == type && r.Evidence.Any(e => e.Rule == rule))
        .Select(r => (graph.Nodes.Single(n => n.Id == r.From).Name, graph.Nodes.Single(n => n.Id == r.To).Name))];

    private static readonly Lazy<GraphDocument> Ministry = new(() => Synthetic.Extract(
        "国家卫生健康委关于印发《“十五五”全民健康信息化规划》的通知",
        "一、夯实全民健康信息基础设施",
        "（一）推进数字健康基础建设",
        "1.建设全民健康信息平台",
        "推进平台互联。",
        "2.完善健康医疗数据资源",
        "推进数据汇聚。",
        "\t专栏1  推进数字健康基础建设重点工程",
        "\t1.国家全民健康信息平台。",
        "2.重点企业。东软集团股份有限公司、卫宁健康科技集团",
        "二、深化健康医疗大数据应用",
        "（一）发展智慧医疗",
        "\t专栏2  上海市浦东新区智慧医疗项目",
        "\t1.张江智慧医院示范基地"));

    [Fact]
    public void A_box_repeating_an_enclosing_goals_wording_supports_it_across_sub_headings()
    {
        Related(Ministry.Value, RelationshipTypes.Supports, "project.box-item").ShouldBe([
            ("国家全民健康信息平台", "推进数字健康基础建设"),
            ("张江智慧医院示范基地", "发展智慧医疗"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Listed_companies_are_institutions_taking_part_in_the_boxs_goal()
    {
        var graph = Ministry.Value;
        graph.By(NodeLabels.Institution, "project.box-item").Select(i => (i.Name, i.Properties["type"])).ShouldBe([
            ("东软集团股份有限公司", (object?)"enterprise"),
            ("卫宁健康科技集团", "enterprise"),
        ], ignoreOrder: true);
        Related(graph, RelationshipTypes.Involves, "involves.box-listed").ShouldBe([
            ("推进数字健康基础建设", "东软集团股份有限公司"),
            ("推进数字健康基础建设", "卫宁健康科技集团"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_box_title_naming_a_place_locates_its_projects_there()
    {
        Related(Ministry.Value, RelationshipTypes.LocatedIn, "project.box-item").ShouldContain(("张江智慧医院示范基地", "浦东新区"));
    }

    [Fact]
    public void A_list_item_gives_every_name_and_a_prose_item_its_project_with_the_institutions_it_relies_on()
    {
        var graph = Synthetic.Extract(
            "某省“十五五”生物医药产业发展规划",
            "一、加快建设生物医药创新平台",
            "（一）建设国家级创新平台",
            "推进平台建设。",
            "\t专栏1  建设国家级创新平台重点项目",
            "\t1.创新平台。省生物医药创新中心、临床研究数据库。",
            "2.综合性国家科学中心医学平台。依托中国科学技术大学，联合安徽医科大学，建设精准医学研究院。",
            "二、推动产业集聚发展");
        graph.By(NodeLabels.Project, "project.box-item").Select(p => p.Name).ShouldBe(
            ["省生物医药创新中心", "临床研究数据库", "综合性国家科学中心医学平台", "精准医学研究院"], ignoreOrder: true);
        graph.Nodes.Single(n => n.Name == "临床研究数据库").Properties["category"].ShouldBe("创新平台");
        var roles = graph.Relationships.Where(r => r.Type == RelationshipTypes.Involves && r.Evidence.Any(e => e.Rule == "involves.box-item"))
            .Select(r => (graph.Nodes.Single(n => n.Id == r.To).Name, r.Properties["role"])).ToList();
        roles.ShouldBe([("中国科学技术大学", (object?)"host"), ("安徽医科大学", "partner")], ignoreOrder: true);
    }
}

using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>INVOLVES from running text (rule involves.sentence): a role verb names the institution, the sentence builds the project.</summary>
public sealed class SentenceInvolvementTests
{
    private static List<(string Project, string Institution, string Role, int Line)> Involves(GraphDocument graph)
        => [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.Involves && r.Evidence.Any(e => e.Rule == "involves.sentence"))
            .Select(r => (Name(graph, r.From), Name(graph, r.To), (string)r.Properties["role"]!, r.Evidence[0].FirstLine))];

    private static string Name(GraphDocument graph, string id) => graph.Nodes.Single(n => n.Id == id).Name;

    [Fact]
    public void Seed_sentences_link_host_and_partners_to_the_project_they_build()
    {
        var found = Involves(SeedGraph.Graph);

        // D1:313 "依托金砖国家未来网络研究院中国分院，聚焦…，打造未来网络国际合作交流平台".
        found.ShouldContain(("未来网络国际合作交流平台", "金砖国家未来网络研究院中国分院", "host", 313));
        // D1:411 "联合南方科技大学、深圳大学、香港理工大学、香港大学等科研院校共建深港临床转化中心".
        found.Where(f => f.Project == "深港临床转化中心").Select(f => (f.Institution, f.Role))
            .ShouldBe([("南方科技大学", "partner"), ("深圳大学", "partner"), ("香港理工大学", "partner"), ("香港大学", "partner")], ignoreOrder: true);
        // D1:339 "推动与省金融局联合建设“广东省供应链金融创新平台”": the quoted name is the box's project.
        found.ShouldContain(("广东省供应链金融创新平台", "省金融局", "partner", 339));
        SeedGraph.Graph.Nodes.Where(n => n.Label == NodeLabels.Project && n.Name == "未来网络国际合作交流平台")
            .ShouldHaveSingleItem().Evidence.ShouldContain(e => e.Rule == "project.sentence");
    }

    [Fact]
    public void An_institution_relied_on_for_something_else_is_not_linked()
    {
        // D4:545 "依托深圳数据交易所持续扩大跨境数据交易规模，…，打造数字服务出口基地": the exchange serves the trade.
        Involves(SeedGraph.Graph).ShouldNotContain(f => f.Institution == "深圳数据交易所");
    }

    [Fact]
    public void Lead_builder_and_joint_building_give_their_roles()
    {
        var graph = Extract(
            "深圳市福田区科技创新发展规划",
            "一、建设创新平台",
            "由深圳大学牵头，联合相关单位建设福田量子计算开放平台。",
            "由深圳市地铁集团有限公司承建福田枢纽智慧运维中心。",
            "福田枢纽智慧停车系统由深圳市地铁集团有限公司负责建设。",
            "深圳湾实验室与香港大学共建深港脑科学联合创新中心。",
            "依托先进技术，打造福田城区数字孪生平台。");
        var found = Involves(graph).Select(f => (f.Project, f.Institution, f.Role)).ToList();

        found.ShouldContain(("福田量子计算开放平台", "深圳大学", "lead"));
        found.ShouldContain(("福田枢纽智慧运维中心", "深圳市地铁集团有限公司", "builder"));
        found.ShouldContain(("福田枢纽智慧停车系统", "深圳市地铁集团有限公司", "builder"));
        found.ShouldContain(("深港脑科学联合创新中心", "深圳湾实验室", "partner"));
        found.ShouldContain(("深港脑科学联合创新中心", "香港大学", "partner"));
        // "依托先进技术" names no institution.
        found.ShouldNotContain(f => f.Project == "福田城区数字孪生平台");
    }

    private static GraphDocument Extract(params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic-plan.txt")]);
}

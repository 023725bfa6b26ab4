using System.Text;
using PlanGraph.Core;
using PlanGraph.Extraction.Rules.Institutions;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Institutions;

/// <summary>Government bodies by the structure of their names (institution.government-body) and region-qualified names.</summary>
public sealed class GovernmentBodyTests
{
    private static IngestedDocument Document(params string[] lines)
        => DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic.txt");

    [Theory]
    [InlineData("由省财政厅牵头，省教育厅配合。", "省财政厅|省教育厅")]
    [InlineData("市发展改革委会同市工业和信息化局制定实施细则。", "市发展改革委|市工业和信息化局")]
    [InlineData("报国家发展改革委、国务院同意后实施。", "国家发展改革委|国务院")]
    [InlineData("形成区域协调发展新格局，全面推进一网通办。", "")]
    [InlineData("各市人民政府要加强组织领导。", "")]
    [InlineData("考评结果上报市委、市政府。", "市委|市政府")]
    [InlineData("组建江西省数字经济专家咨询委员会，开展研究。", "江西省数字经济专家咨询委员会")]
    public void Bodies_are_found_by_prefix_and_suffix_where_a_name_may_stand(string text, string expected)
        => string.Join('|', InstitutionData.BodyFinder.Find(text).Select(b => b.Name)).ShouldBe(expected);

    [Fact]
    public void The_issuing_region_comes_from_the_notice_line_or_the_front_matter()
    {
        var province = IssuingRegion.Read(Document("【法宝引证码】 CLI.1", "原文链接：https://example.org/a.html", "湖南省人民政府办公厅关于印发湖南省数字政府建设方案的通知"), "");
        (province.Province, province.City, province.Issuers.Single()).ShouldBe(("湖南省", null, "湖南省人民政府办公厅"));

        var district = IssuingRegion.Read(Document("---", "标题: 某文件", "发布单位: 浙江省杭州市西湖区人民政府", "---", "正文。"), "");
        (district.Province, district.City, district.District).ShouldBe(("浙江省", "杭州市", "西湖区"));

        var joint = IssuingRegion.Read(Document("中共中央 国务院关于加快建设全国统一大市场的意见", "正文。"), "");
        joint.Issuers.ShouldBe(["中共中央", "国务院"]);
    }

    [Fact]
    public void A_level_body_is_named_with_the_issuing_region_and_keeps_its_written_form()
    {
        var region = new IssuingRegion("江西省", "赣州市", null, []);
        var (name, aliases) = InstitutionNaming.Resolve("省财政厅", region);
        (name, aliases.Single()).ShouldBe(("江西省财政厅", "省财政厅"));
        InstitutionNaming.Resolve("市政府办公室", region).Name.ShouldBe("赣州市人民政府办公室");
        // A short form names the body: its node has the full form, the written forms are aliases.
        var (full, written) = InstitutionNaming.Resolve("市委网信办", region);
        (full, string.Join('|', written)).ShouldBe(("赣州市委网络安全和信息化委员会办公室", "赣州市委网信办|市委网信办"));
        InstitutionNaming.Resolve("区教育局", region).Name.ShouldBe("区教育局");
        InstitutionNaming.Resolve("国家数据局", region).Name.ShouldBe("国家数据局");

        var district = new IssuingRegion("浙江省", "杭州市", "西湖区", []);
        InstitutionNaming.Resolve("区政府", district).Name.ShouldBe("杭州市西湖区人民政府");
        InstitutionNaming.Resolve("西湖区人民政府", district).Name.ShouldBe("杭州市西湖区人民政府");
    }

    [Fact]
    public void A_notices_addressees_name_no_body()
    {
        var graph = GraphExtractor.Extract([Document(
            "工业和信息化部关于印发《“十五五”信息通信业发展规划》的通知",
            "各省、自治区、直辖市通信管理局，各省、自治区、直辖市及计划单列市工业和信息化主管部门：",
            "现将规划印发给你们，请认真贯彻落实。",
            "工业和信息化部")]);
        graph.Nodes.Where(n => n.Label == NodeLabels.Institution).Select(n => n.Name).ShouldBe(["工业和信息化部"]);
    }

    [Fact]
    public void One_body_named_in_several_places_is_one_node_named_with_the_region()
    {
        var graph = GraphExtractor.Extract([Document(
            "吉林省人民政府办公厅关于印发吉林省工业互联网行动计划的通知",
            "吉林省工业互联网行动计划",
            "一、重点任务",
            "（一）建设工业互联网平台。支持企业建设平台。（责任单位：省工业和信息化厅、省财政厅）",
            "（二）推进企业上云。由省工业和信息化厅牵头，省通信管理局配合。")]);
        var bodies = graph.Nodes.Where(n => n.Label == NodeLabels.Institution).ToList();
        bodies.Count(n => n.Name == "吉林省工业和信息化厅").ShouldBe(1);
        bodies.Single(n => n.Name == "吉林省工业和信息化厅").Aliases.ShouldContain("省工业和信息化厅");
        bodies.ShouldNotContain(n => n.Name == "省工业和信息化厅");
    }
}

using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Plans;

/// <summary>《…》 titles a plan cites or rests on (plan.cited-title).</summary>
public sealed class CitedTitleTests
{
    private static List<(string Type, string To)> Citations(params string[] lines)
    {
        var graph = GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "plan.txt")]);
        return graph.Relationships.Where(r => r.Type is RelationshipTypes.Cites or RelationshipTypes.BasedOn)
            .Select(r => (r.Type, graph.Nodes.Single(n => n.Id == r.To).Name)).ToList();
    }

    [Fact]
    public void A_basis_clause_is_based_on_and_an_alignment_clause_only_cites()
    {
        Citations(
            "重庆市国民经济和社会发展第十五个五年规划纲要",
            "本纲要依据《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》编制，与《重庆市国土空间总体规划（2021—2035年）》紧密衔接。")
            .ShouldBe([(RelationshipTypes.BasedOn, "中共中央关于制定国民经济和社会发展第十五个五年规划的建议"), (RelationshipTypes.Cites, "重庆市国土空间总体规划（2021—2035年）")], ignoreOrder: true);
    }

    [Fact]
    public void Laws_regulations_and_notices_are_cited_and_a_notice_stands_for_what_it_issues()
    {
        Citations(
            "福州市住房发展“十五五”规划",
            "一、主要任务",
            "修订《福州市房屋租赁管理办法》，贯彻实施《中华人民共和国城乡规划法》。",
            "落实《福州市人民政府关于印发福州市城市更新行动方案（2024—2026年）的通知》要求。",
            "推广芭蕾舞剧《旗帜》，参照《国民经济行业分类》统计，对接《健康中国2030》。")
            .ShouldBe([(RelationshipTypes.Cites, "健康中国2030"), (RelationshipTypes.Cites, "福州市房屋租赁管理办法"), (RelationshipTypes.Cites, "中华人民共和国城乡规划法"), (RelationshipTypes.Cites, "福州市城市更新行动方案（2024—2026年）")], ignoreOrder: true);
    }

    [Fact]
    public void A_basis_word_without_the_document_being_made_is_a_citation()
    {
        Citations(
            "关于推进乡村建设的意见",
            "一、加强组织领导",
            "按照《中国共产党农村工作条例》有关规定，健全工作机构。")
            .ShouldBe([(RelationshipTypes.Cites, "中国共产党农村工作条例")]);
    }
}

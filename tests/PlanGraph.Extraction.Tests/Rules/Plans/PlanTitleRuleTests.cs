using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Plans;

/// <summary>plan.title and plan.date (Rules/Plans/PlanTitleRule): the document's title, kind and the plans it describes.</summary>
public sealed class PlanTitleRuleTests
{
    private static List<GraphNode> Described(GraphDocument graph) => [.. graph.Relationships
        .Where(r => r.Type == RelationshipTypes.Describes)
        .Select(r => graph.Nodes.Single(n => n.Id == r.To))];

    [Fact]
    public void A_draft_is_a_plan_named_without_its_draft_mark()
    {
        var graph = Synthetic.Extract("某市城市更新专项规划（2026-2035年）（草案）", "一、规划背景");
        graph.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKinds.Plan);
        var plan = Described(graph).ShouldHaveSingleItem();
        plan.Name.ShouldBe("某市城市更新专项规划（2026-2035年）");
        plan.Properties["status"].ShouldBe("draft");
        plan.Evidence.ShouldContain(e => e.Rule == "plan.title" && e.FirstLine == 1);
    }

    [Fact]
    public void A_ministry_notice_describes_the_plan_it_issues()
    {
        var graph = Synthetic.Extract(
            "工业和信息化部关于印发《“十五五”信息通信业发展规划》的通知",
            "各省、自治区、直辖市工业和信息化主管部门：",
            "现将《“十五五”信息通信业发展规划》印发给你们，请结合实际认真贯彻落实。",
            "一、发展环境");
        var plan = Described(graph).ShouldHaveSingleItem();
        plan.Name.ShouldBe("“十五五”信息通信业发展规划");
        plan.Properties["status"].ShouldBe("final");
        graph.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKinds.Plan);
    }

    [Fact]
    public void An_interpretation_describes_the_plan_in_its_titles_book_marks()
    {
        var graph = Synthetic.Extract("《某省“十五五”现代农业发展规划》政策解读", "一、编制背景", "为推进农业现代化，省政府编制了本规划。");
        graph.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKinds.Interpretation);
        Described(graph).ShouldHaveSingleItem().Name.ShouldBe("某省“十五五”现代农业发展规划");
    }

    [Fact]
    public void A_reply_describes_no_plan()
    {
        var graph = Synthetic.Extract("关于市政协十三届四次会议第0123号提案的答复", "您提出的关于加快城市更新的提案收悉。");
        graph.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKinds.Reply);
        Described(graph).ShouldBeEmpty();
    }
}

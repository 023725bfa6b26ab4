using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Involvement;

/// <summary>involves.sentence (Rules/Involvement/SentenceInvolvementRule): a role verb names the institution, the sentence builds the project.</summary>
public sealed class SentenceInvolvementRuleTests
{
    private static List<(string Project, string Institution, string Role)> Involves(params string[] lines)
    {
        var graph = Synthetic.Extract(lines);
        string Name(string id) => graph.Nodes.Single(n => n.Id == id).Name;
        return [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.Involves && r.Evidence.Any(e => e.Rule == "involves.sentence"))
            .Select(r => (Name(r.From), Name(r.To), (string)r.Properties["role"]!))];
    }

    [Fact]
    public void A_host_and_partners_are_linked_to_what_the_sentence_builds()
    {
        Involves("江苏省新材料产业发展“十五五”规划", "一、推动科技创新", "依托南京大学，建设江苏先进材料创新中心。联合清华大学、北京大学共建长三角新材料中试平台。")
            .ShouldBe([("江苏先进材料创新中心", "南京大学", "host"), ("长三角新材料中试平台", "清华大学", "partner"), ("长三角新材料中试平台", "北京大学", "partner")], ignoreOrder: true);
    }

    [Fact]
    public void An_institution_merely_named_beside_something_built_takes_no_part()
    {
        Involves("江苏省新材料产业发展“十五五”规划", "一、推动科技创新", "南京大学等高校集聚，建设江苏先进材料创新中心。").ShouldBeEmpty();
    }
}

using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Institutions;

/// <summary>institution.text (Rules/Institutions/InstitutionTextRule): institutions named in sentences and signature lines.</summary>
public sealed class InstitutionTextRuleTests
{
    [Fact]
    public void Lexicon_names_in_a_sentence_are_institutions()
    {
        Synthetic.Extract("江苏省科技创新规划", "一、重点任务", "支持南京大学、清华大学共建联合研究院，推进成果转化。")
            .By(NodeLabels.Institution, "institution.text").Select(n => n.Name).ShouldContain("清华大学");
    }

    [Fact]
    public void A_district_body_written_short_takes_the_districts_name()
    {
        var body = Synthetic.Extract("成都市锦江区科技创新规划", "一、重点任务", "区科技创新局牵头推进科技企业孵化器建设。")
            .By(NodeLabels.Institution, "institution.text").ShouldHaveSingleItem();
        body.Name.ShouldBe("锦江区科技创新局");
        body.Aliases.ShouldContain("区科技创新局");
    }
}

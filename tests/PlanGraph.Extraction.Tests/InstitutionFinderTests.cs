using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>The institution finder on sentences of the kinds planning documents use.</summary>
public sealed class InstitutionFinderTests
{
    private static readonly InstitutionFinder Finder = new(InstitutionLexicon.Load(), Gazetteer.Load());

    private static List<string> Names(string text) => [.. Finder.Find(text).Select(m => m.Name)];

    [Fact]
    public void Government_bodies_universities_and_companies_are_found_with_their_types()
    {
        Names("福田区科技创新局").ShouldBe(["福田区科技创新局"]);
        Names("事项进行顶层设计、综合协调与统一决策。由区科技创新局牵头").ShouldBe(["区科技创新局"]);
        Finder.Find("深化与清华大学经济管理深圳研究院、深圳高等金融研究院的战略合作").Select(m => (m.Name, m.Type))
            .ShouldBe([("清华大学经济管理深圳研究院", "research"), ("深圳高等金融研究院", "research")]);
        Names("联合南方科技大学、深圳大学开展研究").ShouldBe(["南方科技大学", "深圳大学"]);
        Names("推动深圳信立泰药业股份有限公司等企业落地").ShouldBe(["深圳信立泰药业股份有限公司"]);
    }

    [Fact]
    public void Branches_and_bracketed_qualifiers_belong_to_the_name()
    {
        Names("该项目依托鹏城实验室和粤港澳大湾区数字经济研究院（福田）建设及运行").ShouldBe(["鹏城实验室", "粤港澳大湾区数字经济研究院（福田）"]);
        Names("依托金砖国家未来网络研究院中国分院，重点开展新型信息基础设施").ShouldBe(["金砖国家未来网络研究院中国分院"]);
        Names("联合中国人民银行、中国社会科学院以及香港高校科研机构等").ShouldBe(["中国人民银行", "中国社会科学院"]);
    }

    [Fact]
    public void Kinds_of_institution_and_words_ending_like_one_are_not_institutions()
    {
        Names("鼓励银行、行业协会和外资银行参与，支持高校建设重点实验室").ShouldBeEmpty();
        Names("福田区已经形成了八大发展组团的空间格局").ShouldBeEmpty();
        Names("推动国家和省级重点实验室建设").ShouldBeEmpty();
    }

    [Fact]
    public void A_name_inside_a_longer_name_is_not_an_institution_of_its_own()
    {
        Names("香港大学深圳医院医学转化研究中心").ShouldBeEmpty();
        Names("支持香港城市大学深圳福田研究院建设").ShouldBe(["香港城市大学深圳福田研究院"]);
    }

    [Fact]
    public void The_role_comes_from_the_verb_before_the_name()
    {
        const string text = "该项目依托鹏城实验室建设及运行，联合中国人民银行开展研究，由区科技创新局牵头";
        InstitutionFinder.RoleBefore(text, text.IndexOf("鹏城", StringComparison.Ordinal)).ShouldBe("host");
        InstitutionFinder.RoleBefore(text, text.IndexOf("中国人民银行", StringComparison.Ordinal)).ShouldBe("partner");
    }
}

using System.Text.Json.Nodes;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Search as a user tries it, over HTTP of the API serving the five extracted seed documents: typing a
/// place's, project's, institution's or indicator's name finds that node first; an alias finds its node;
/// a phrase from a sentence finds the sentence and the node it supports; pages follow one another.
/// </summary>
public sealed class SearchRankingTests(SeedApi api) : IClassFixture<SeedApi>
{
    public static TheoryData<string, string> Names { get; } = new()
    {
        { "Place", "福田区" },
        { "Place", "深圳市" },
        { "Place", "粤港澳大湾区" },
        { "Place", "香蜜湖片区" },
        { "Place", "河套深港科技创新合作区" },
        { "Place", "河套深港科技创新合作区深圳园区" },
        { "Project", "香蜜湖新金融中心" },
        { "Project", "深圳国际交流中心" },
        { "Project", "华强北5G生活体验示范街区" },
        { "Project", "深圳会展中心" },
        { "Project", "华强北硬科技创新街区" },
        { "Institution", "深圳证券交易所" },
        { "Institution", "深圳国际量子研究院" },
        { "Institution", "金砖国家未来网络研究院中国分院" },
        { "Institution", "福田区科技创新局" },
        { "Institution", "深圳数据交易所" },
        { "Indicator", "创新载体数量" },
        { "Indicator", "金融业增加值" },
        { "Indicator", "国家级高新技术企业数量" },
        { "Indicator", "社会消费品零售总额" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_name_finds_its_node_first(string type, string name)
    {
        var hits = await SearchAsync(name, 5);
        var first = hits[0]!;
        (first["node"]!["__typename"]!.GetValue<string>(), first["node"]!["name"]!.GetValue<string>()).ShouldBe((type, name));
        (first["matchedField"]!.GetValue<string>(), first["matched"]!.GetValue<string>()).ShouldBe(("NAME", name));
    }

    [Fact]
    public async Task An_exact_alias_comes_before_names_that_only_contain_it()
    {
        // 香蜜湖片区's alias is exactly 香蜜湖; 香蜜湖新金融中心 (a project) only starts with it.
        var hits = await SearchAsync("香蜜湖", 20);
        hits[0]!["node"]!["name"]!.GetValue<string>().ShouldBe("香蜜湖片区");
        (hits[0]!["matchedField"]!.GetValue<string>(), hits[0]!["matched"]!.GetValue<string>()).ShouldBe(("ALIAS", "香蜜湖"));
        var names = hits.Select(h => h!["node"]!["name"]!.GetValue<string>()).ToList();
        names.ShouldContain("香蜜湖新金融中心");
    }

    [Fact]
    public async Task Every_hit_names_a_field_that_contains_the_text()
    {
        foreach (var text in new[] { "河套", "深圳", "金融", "研究院", "5g" })
        {
            foreach (var hit in await SearchAsync(text, 50))
            {
                var matched = hit!["matched"]!.GetValue<string>();
                matched.ShouldContain(text, Case.Insensitive);
                var node = hit["node"]!;
                switch (hit["matchedField"]!.GetValue<string>())
                {
                    case "NAME":
                        node["name"]!.GetValue<string>().ShouldBe(matched);
                        break;
                    case "ALIAS":
                        node["aliases"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain(matched);
                        break;
                    default:
                        hit["sentence"]!.GetValue<string>().ShouldBe(matched);
                        break;
                }
            }
        }
    }

    [Fact]
    public async Task A_phrase_of_a_sentence_finds_the_sentence_and_the_node_it_supports()
    {
        // No name holds 香蜜湖金融科技创新奖; a sentence about 香蜜湖片区 does.
        var hits = await SearchAsync("香蜜湖金融科技创新奖", 20);
        hits.ShouldNotBeEmpty();
        hits.ShouldAllBe(h => h!["matchedField"]!.GetValue<string>() == "SENTENCE" && h["sentence"]!.GetValue<string>().Contains("香蜜湖金融科技创新奖"));
        hits.Select(h => h!["node"]!["name"]!.GetValue<string>()).ShouldContain("香蜜湖片区");
    }

    [Fact]
    public async Task Pages_follow_one_another_through_after()
    {
        var all = await SearchAsync("深圳", 30);
        all.Count.ShouldBe(30);
        var firstPage = await SearchAsync("深圳", 10);
        var cursor = firstPage[^1]!["cursor"]!.GetValue<string>();
        var data = await api.DataAsync("query($after: String) { search(text: \"深圳\", first: 10, after: $after) { cursor node { id } } }", new { after = cursor });
        var secondPage = data["search"]!.AsArray();
        var ids = firstPage.Concat(secondPage).Select(h => h!["node"]!["id"]!.GetValue<string>()).ToList();
        ids.ShouldBe(all.Take(20).Select(h => h!["node"]!["id"]!.GetValue<string>()).ToList());
    }

    private async Task<JsonArray> SearchAsync(string text, int first)
    {
        var data = await api.DataAsync(
            "query($text: String!, $first: Int) { search(text: $text, first: $first) { matched matchedField sentence cursor node { __typename id name aliases } } }",
            new { text, first });
        return data["search"]!.AsArray();
    }
}

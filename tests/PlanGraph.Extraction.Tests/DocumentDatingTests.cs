using PlanGraph.Core;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>A document's date and issuer: only lines that state them alone, on the cover or at the close.</summary>
public sealed class DocumentDatingTests
{
    [Fact]
    public void The_seeds_give_the_reply_its_signature_and_the_draft_plan_its_cover_date()
    {
        var reply = SeedGraph.Graph.Documents.Single(d => d.Kind == DocumentKinds.Reply);
        (reply.Date, reply.Issuer).ShouldBe(("2021-06-21", "福田区科技创新局")); // D2:66-68

        var draft = SeedGraph.Graph.Documents.Single(d => d.FileName.StartsWith("futian-cbd", StringComparison.Ordinal));
        (draft.Date, draft.Issuer).ShouldBe(("2026-04", null)); // D4:5, no issuer stated
        var plan = SeedGraph.Graph.Nodes.Single(n => n.Label == NodeLabels.Plan && n.Name == "福田区中央商务区“十五五”规划");
        plan.Properties["date"].ShouldBe("2026-04");
        // The date under the title, read with the document's metadata (Rules/Plans).
        plan.Evidence.Where(e => e.Rule == "plan.metadata").Select(e => (e.FirstLine, e.Quote)).ShouldContain((5, "2026年4月"));

        // D1 and D3 state neither (seeds-notes §2): nothing is guessed.
        SeedGraph.Graph.Documents.Where(d => d.FileName.Contains("14th", StringComparison.Ordinal)).ShouldAllBe(d => d.Date == null && d.Issuer == null);
    }

    [Theory]
    [InlineData("标题\n\n正文。\n\n深圳市福田区人民政府办公室\n2022年12月5日\n", "2022-12-05", "深圳市福田区人民政府办公室")]
    [InlineData("某某规划\n2025年 3 月\n\n一、总则\n正文。\n", "2025-03", null)]
    [InlineData("正文提到2020年5月的会议。\n\n附件：表1\n", null, null)]
    [InlineData("标题\n2023年2月30日\n", null, null)]
    [InlineData("正文。\n\n专此函达。\n\n请与张三联系\n2021年6月1日\n", "2021-06-01", null)]
    public void Dates_and_issuers_come_only_from_lines_that_state_them_alone(string text, string? date, string? issuer)
    {
        var (read, by, _, _) = DocumentDating.Read(text);
        (read, by).ShouldBe((date, issuer));
    }
}

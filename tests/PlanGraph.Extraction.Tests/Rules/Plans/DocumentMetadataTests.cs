using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Plans;

/// <summary>Titles, 文号, issuers, dates, kinds, levels and periods of made-up documents (Rules/Plans/).</summary>
public sealed class DocumentMetadataTests
{
    private static GraphDocument Extract(string fileName, params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines)), fileName)]);

    private static GraphNode Described(GraphDocument graph, int index = 0)
    {
        var described = graph.Relationships.Where(r => r.Type == RelationshipTypes.Describes).Select(r => r.To).ToList();
        return graph.Nodes.Single(n => n.Id == described[index]);
    }

    [Fact]
    public void A_notice_gives_the_issued_plan_its_title_number_issuer_date_and_level()
    {
        var graph = Extract("notice.txt",
            "【法宝引证码】 CLI.12.1",
            "原文链接：https://example.org/1",
            "湖南省人民政府办公厅关于印发《湖南省数字经济发展三年行动计划（2024-2026年）》的通知",
            "（湘政办发〔2024〕7号）",
            "各市州人民政府，省政府各厅委、各直属机构：",
            "《湖南省数字经济发展三年行动计划（2024-2026年）》已经省人民政府同意，现印发给你们，请认真贯彻执行。",
            "湖南省人民政府办公厅",
            "二〇二四年三月五日",
            "湖南省数字经济发展三年行动计划（2024-2026年）",
            "为加快数字经济发展，根据《湖南省国民经济和社会发展第十四个五年规划纲要》，制定本行动计划。");
        var document = graph.Documents.Single();
        (document.Title, document.Kind, document.DocNumber, document.Date, document.Issuer)
            .ShouldBe(("湖南省数字经济发展三年行动计划（2024-2026年）", "plan", "湘政办发〔2024〕7号", "2024-03-05", "湖南省人民政府办公厅"));
        var plan = Described(graph);
        plan.Name.ShouldBe("湖南省数字经济发展三年行动计划（2024-2026年）");
        (plan.Properties["startYear"], plan.Properties["endYear"], plan.Properties["level"], plan.Properties["docNumber"])
            .ShouldBe((2024L, 2026L, "provincial", "湘政办发〔2024〕7号"));
        var basis = graph.Relationships.Where(r => r.Type == RelationshipTypes.BasedOn).ShouldHaveSingleItem();
        graph.Nodes.Single(n => n.Id == basis.To).Properties["endYear"].ShouldBe(2025L);
    }

    [Fact]
    public void A_bureau_that_issues_without_guanyu_still_names_the_issued_document()
    {
        var graph = Extract("bureau-notice.txt",
            "四川省经济和信息化厅印发《关于推进四川省数据要素市场建设的指导意见》的通知",
            "四川省经济和信息化厅印发《关于推进四川省数据要素市场建设的指导意见》的通知",
            "川经信发〔2023〕12号",
            "各市（州）经济和信息化局：",
            "现将《关于推进四川省数据要素市场建设的指导意见》印发给你们，请结合实际认真贯彻落实。",
            "四川省经济和信息化厅",
            "2023年6月8日",
            "关于推进四川省数据要素市场建设的指导意见",
            "一、总体要求");
        var plan = Described(graph);
        plan.Name.ShouldBe("关于推进四川省数据要素市场建设的指导意见");
        (plan.Properties["issuer"], plan.Properties["date"], plan.Properties["docNumber"]).ShouldBe(("四川省经济和信息化厅", "2023-06-08", "川经信发〔2023〕12号"));
        graph.Relationships.ShouldNotContain(r => r.Type == RelationshipTypes.BasedOn || r.Type == RelationshipTypes.Cites);
    }

    [Fact]
    public void A_notice_issuing_two_documents_describes_both()
    {
        var graph = Extract("two.txt",
            "江西省人民政府办公厅关于印发促进数字经济发展若干措施和江西省数字经济发展行动方案（2023-2025年）的通知",
            "赣府厅发〔2023〕12号",
            "各市、县（区）人民政府，省政府各部门：",
            "现将《促进数字经济发展若干措施》《江西省数字经济发展行动方案（2023-2025年）》印发给你们，请认真贯彻落实。",
            "2023年6月1日",
            "促进数字经济发展若干措施",
            "一、加大资金支持。对企业给予奖补。",
            "江西省数字经济发展行动方案（2023-2025年）",
            "一、总体要求",
            "到2025年，数字经济规模显著提升。");
        var names = graph.Relationships.Where(r => r.Type == RelationshipTypes.Describes).Select(r => graph.Nodes.Single(n => n.Id == r.To)).ToList();
        names.Select(n => (n.Name, n.Properties["kind"])).ShouldBe([("促进数字经济发展若干措施", "measures"), ("江西省数字经济发展行动方案（2023-2025年）", "plan")], ignoreOrder: true);
        names.ShouldAllBe(n => Equals(n.Properties["date"], "2023-06-01") && Equals(n.Properties["docNumber"], "赣府厅发〔2023〕12号"));
        names.Single(n => n.Name.StartsWith("促进", StringComparison.Ordinal)).Properties.ContainsKey("startYear").ShouldBeFalse();
        graph.Documents.Single().Kind.ShouldBe("plan");
    }

    [Fact]
    public void Front_matter_gives_number_and_issuer_and_the_signature_date_wins_over_the_published_date()
    {
        var graph = Extract("front.md",
            "---",
            "标题: 杭州市人民政府办公厅关于印发《杭州市城市更新“十五五”规划》的通知",
            "文号: 杭政办函〔2026〕3号",
            "发布单位: 杭州市人民政府办公厅",
            "发布日期: 2026-08-10",
            "---",
            "",
            "> 本文正文由脚本自官方公开页面提取。依《中华人民共和国著作权法》第五条第一项，不适用著作权法。",
            "",
            "# 杭州市人民政府办公厅关于印发《杭州市城市更新“十五五”规划》的通知",
            "",
            "各区、县（市）人民政府，市政府各部门：",
            "",
            "《杭州市城市更新“十五五”规划》已经市政府同意，现印发给你们，请认真按照执行。",
            "",
            "2026年8月3日",
            "",
            "杭州市城市更新“十五五”规划",
            "",
            "一、发展目标");
        var plan = Described(graph);
        (plan.Name, plan.Properties["startYear"], plan.Properties["endYear"], plan.Properties["level"]).ShouldBe(("杭州市城市更新“十五五”规划", 2026L, 2030L, "city"));
        (plan.Properties["date"], plan.Properties["publishedDate"], plan.Properties["issuer"], plan.Properties["docNumber"])
            .ShouldBe(("2026-08-03", "2026-08-10", "杭州市人民政府办公厅", "杭政办函〔2026〕3号"));
        // The converter's note is no part of the plan: it cites no law.
        graph.Relationships.ShouldNotContain(r => r.Type == RelationshipTypes.Cites);
    }

    [Fact]
    public void A_title_over_two_lines_with_an_adoption_line_under_it()
    {
        var graph = Extract("outline.txt",
            "天津市国民经济和社会发展",
            "第十五个五年规划纲要",
            "（2026年1月20日天津市第十八届人民代表大会第五次会议批准）",
            "序言",
            "“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。");
        var plan = Described(graph);
        (plan.Name, plan.Properties["date"], plan.Properties["level"], plan.Properties["endYear"]).ShouldBe(("天津市国民经济和社会发展第十五个五年规划纲要", "2026-01-20", "city", 2030L));
        plan.Aliases.ShouldContain("天津市“十五五”规划纲要");
    }

    [Fact]
    public void A_date_alone_above_the_table_of_contents_is_the_cover_date()
    {
        var graph = Extract("cover.txt",
            "厦门市国民经济和社会发展第十五个五年规划纲要",
            "05-26 11:30",
            "摘要",
            "推动城市内涵式发展，城市结构优化、动能转换深入推进。",
            "2026年5月",
            "目 录",
            "第一章 发展基础",
            "第一章 发展基础",
            "经济实力稳步提升，2025年地区生产总值达到9000亿元。");
        Described(graph).Properties["date"].ShouldBe("2026-05");

        // A date in running text above the contents is no cover date.
        var text = Extract("text.txt",
            "厦门市国民经济和社会发展第十五个五年规划纲要",
            "2025年12月召开的市委全会审议通过规划建议。",
            "目 录",
            "第一章 发展基础",
            "第一章 发展基础",
            "经济实力稳步提升。");
        Described(text).Properties.ContainsKey("date").ShouldBeFalse();
    }

    [Fact]
    public void An_opinion_with_milestones_takes_its_period_from_the_issue_year_to_the_first_milestone()
    {
        var graph = Extract("opinion.txt",
            "中共中央 国务院关于加快建设农业强国的意见",
            "（2023年2月13日）",
            "现就加快建设农业强国提出如下意见。",
            "一、总体要求",
            "到2027年，农业强国建设取得阶段性进展。",
            "到2035年，农业现代化基本实现。",
            "到2050年，全面建成农业强国。");
        var plan = Described(graph);
        (graph.Documents.Single().Kind, plan.Properties["kind"], plan.Properties["level"], plan.Properties["date"]).ShouldBe(("opinion", "opinion", "national", "2023-02-13"));
        (plan.Properties["startYear"], plan.Properties["endYear"]).ShouldBe((2023L, 2027L));
        ((System.Collections.IEnumerable)plan.Properties["milestoneYears"]!).Cast<object>().Select(Convert.ToInt64).ShouldBe([2027L, 2035L, 2050L]);
    }

    [Fact]
    public void A_work_report_is_named_after_its_city_and_year()
    {
        var graph = Extract("report.txt",
            "各位代表：",
            "现在，我代表市人民政府，向大会报告工作，请予审议。",
            "一、2024年工作回顾",
            "过去一年，上海经济平稳运行，上海市民生活改善，上海城市功能提升。",
            "二、2025年工作安排");
        var plan = Described(graph);
        (plan.Name, plan.Properties["startYear"], plan.Properties["endYear"], plan.Properties["issuer"]).ShouldBe(("上海市2025年政府工作报告", 2025L, 2025L, "上海市人民政府"));
        graph.Documents.Single().Kind.ShouldBe("work-report");
    }

    [Fact]
    public void A_work_report_may_open_with_the_speaker_and_set_the_years_main_targets()
    {
        var graph = Extract("report.txt",
            "现在，我代表市人民政府，向大会报告政府工作，请予审议。",
            "一、2025年工作回顾",
            "过去一年，柳州市经济平稳运行，柳州城市功能提升，柳州民生改善。",
            "二、2026年工作安排",
            "今年全市经济社会发展的主要目标是：地区生产总值增长5.5%左右，一般公共预算收入、税收收入均增长3%。");
        var plan = Described(graph);
        (plan.Name, plan.Properties["issuer"]).ShouldBe(("柳州市2026年政府工作报告", "柳州市人民政府"));
        var targets = graph.Nodes.Where(n => n.Label == NodeLabels.Target)
            .Select(n => ((string)n.Properties["indicator"]!, n.Properties["year"], n.Properties["value"])).ToList();
        targets.ShouldBe([("地区生产总值", 2026L, 5.5d), ("一般公共预算收入", 2026L, 3d), ("税收收入", 2026L, 3d)], ignoreOrder: true);
    }

    [Theory]
    [InlineData("政府工作报告", "我代表省人民政府", "江西省2026年政府工作报告", "江西省人民政府")]
    [InlineData("新华社南昌1月20日电 政府工作报告", "我代表江西省人民政府", "江西省2026年政府工作报告", "江西省人民政府")]
    [InlineData("2026年江西省政府工作报告全文发布 政府工作报告", "我代表省人民政府", "江西省2026年政府工作报告", "江西省人民政府")]
    [InlineData("政府工作报告", "我代表国务院", "2026年政府工作报告", "国务院")]
    public void A_web_pages_work_report_titled_by_its_kind_is_named_after_its_place_and_year(string heading, string speaker, string name, string issuer)
    {
        var graph = Extract("report.html",
            $"<html><body><div><p>{heading}</p><p>2026年1月14日在江西省第十四届人民代表大会第四次会议上</p>",
            "<p>各位代表：</p>",
            $"<p>现在，{speaker}向大会作政府工作报告，请予审议。</p>",
            "<p>一、2025年工作回顾</p>",
            "<p>过去一年，江西经济平稳运行，江西省民生改善，江西城市功能提升。</p>",
            "<p>二、2026年重点工作</p></div></body></html>");
        var plan = Described(graph);
        (plan.Name, plan.Properties["issuer"]).ShouldBe((name, issuer));
        graph.Documents.Single().Kind.ShouldBe("work-report");
    }

    [Fact]
    public void A_notice_dividing_the_work_reports_tasks_keeps_its_own_title()
    {
        var graph = Extract("notice.txt",
            "江西省人民政府关于印发2026年《政府工作报告》重点工作分工方案的通知",
            "各设区市人民政府，省政府各部门：",
            "现将2026年《政府工作报告》重点工作分工方案印发给你们，请认真贯彻落实。",
            "江西省人民政府",
            "2026年2月1日",
            "2026年《政府工作报告》重点工作分工方案",
            "一、着力扩大有效需求",
            "1.地区生产总值增长5%左右。（省发展改革委牵头）");
        graph.Documents.Single().Kind.ShouldNotBe("work-report");
        Described(graph).Name.ShouldNotEndWith("年政府工作报告");
    }

    [Fact]
    public void A_ministry_notice_with_a_bracketed_number_and_several_issuers()
    {
        var graph = Extract("ministry.txt",
            "工业和信息化部等八部门关于印发《“十四五”智能制造发展规划》的通知_政策文件",
            "工信部联规[2021]207号",
            "各省、自治区、直辖市及计划单列市工业和信息化主管部门：",
            "现将《“十四五”智能制造发展规划》印发给你们，请结合实际，认真贯彻实施。",
            "工业和信息化部　国家发展和改革委员会",
            "2021年12月21日",
            "“十四五”智能制造发展规划",
            "一、现状与形势");
        var plan = Described(graph);
        (plan.Name, plan.Properties["startYear"], plan.Properties["endYear"], plan.Properties["docNumber"], plan.Properties["date"], plan.Properties["level"])
            .ShouldBe(("“十四五”智能制造发展规划", 2021L, 2025L, "工信部联规[2021]207号", "2021-12-21", "national"));
    }

    [Fact]
    public void A_web_pages_information_lines_give_number_issuer_and_dates()
    {
        var graph = Extract("web.txt",
            "“十四五”现代综合交通运输体系发展规划_政策文件_中国政府网",
            "索 引 号：000014349/2022-00005 主题分类：综合政务",
            "发文机关：国务院 成文日期：2021年12月9日",
            "发文字号：国发〔2021〕27号 发布日期：2022年01月18日",
            "“十四五”现代综合交通运输体系发展规划",
            "一、发展环境");
        var plan = Described(graph);
        (plan.Name, plan.Properties["docNumber"], plan.Properties["issuer"], plan.Properties["date"], plan.Properties["publishedDate"], plan.Properties["level"])
            .ShouldBe(("“十四五”现代综合交通运输体系发展规划", "国发〔2021〕27号", "国务院", "2021-12-09", "2022-01-18", "national"));
    }

    [Fact]
    public void A_law_databases_header_lines_are_metadata()
    {
        var graph = Extract("pkulaw.txt",
            "【法宝引证码】 CLI.12.2",
            "【发布部门】 山东省人民政府办公厅",
            "【发文字号】 鲁政办字〔2022〕15号",
            "【发布日期】 2022.02.10",
            "山东省“十四五”数字强省建设规划",
            "一、发展基础");
        var plan = Described(graph);
        (plan.Name, plan.Properties["docNumber"], plan.Properties["issuer"], plan.Properties["date"], plan.Properties["level"])
            .ShouldBe(("山东省“十四五”数字强省建设规划", "鲁政办字〔2022〕15号", "山东省人民政府办公厅", "2022-02-10", "provincial"));
    }

    [Fact]
    public void A_title_in_book_marks_and_a_notice_whose_issuer_stands_above_it()
    {
        var plan = Described(Extract("split.txt",
            "国务院办公厅",
            "关于印发《“十四五”冷链物流发展规划》的通知",
            "国办发〔2021〕46号",
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
            "《“十四五”冷链物流发展规划》已经国务院同意，现印发给你们，请认真贯彻执行。",
            "国务院办公厅",
            "2021年11月26日",
            "《“十四五”冷链物流发展规划》",
            "一、现状形势"));
        (plan.Name, plan.Properties["docNumber"], plan.Properties["date"], plan.Properties["issuer"], plan.Properties["level"])
            .ShouldBe(("“十四五”冷链物流发展规划", "国办发〔2021〕46号", "2021-11-26", "国务院办公厅", "national"));
    }

    [Theory]
    [InlineData("国务院关于印发新一代人工智能发展规划的通知", "national")]
    [InlineData("工业和信息化部", "national")]
    [InlineData("内蒙古自治区人民政府办公厅", "provincial")]
    [InlineData("成都市锦江区人民政府", "district")]
    [InlineData("中共浙江省委", "provincial")]
    [InlineData("苏州工业园区管委会", null)]
    public void Levels_come_from_the_region_an_issuer_opens_with(string issuer, string? level)
        => Extraction.Rules.Plans.PlanNaming.Level("某规划", issuer).ShouldBe(level);

    [Theory]
    [InlineData("长沙市2023年政府工作报告", 2023L, 2023L)]
    [InlineData("“十四五”数字经济发展规划", 2021L, 2025L)]
    [InlineData("南京都市圈发展规划(2021年-2035年)", 2021L, 2035L)]
    [InlineData("河北省制造业高质量发展三年行动计划（2023—2025年）", 2023L, 2025L)]
    public void Periods_come_from_the_name(string name, long start, long end)
        => Extraction.Rules.Plans.PlanNaming.Period(name).ShouldBe((start, end));

    [Fact]
    public void A_title_over_two_lines_keeps_a_web_pages_menu_and_a_signature_out_and_takes_the_date_under_the_signature()
    {
        var graph = Extract("wuxi.txt",
            "无锡市国民经济和社会发展",
            "第十五个五年规划纲要",
            "无锡市人民政府",
            "二〇二六年三月",
            "序 言",
            "“十五五”时期是基本实现社会主义现代化的关键时期。",
            "第一章 发展基础",
            "经济实力稳步提升。");
        graph.Documents.Single().Title.ShouldBe("无锡市国民经济和社会发展第十五个五年规划纲要");
        var plan = Described(graph);
        (plan.Properties["startYear"], plan.Properties["endYear"], plan.Properties["date"]).ShouldBe((2026L, 2030L, "2026-03"));

        var page = Extract("page.txt",
            "宁波市国民经济和社会发展第十五个五年规划纲要",
            "首页",
            "政务公开",
            "发布日期：2026-02-12",
            "宁波市国民经济和社会发展第十五个五年规划纲要",
            "2026年2月6日宁波市第十六届人民代表大会第五次会议批准",
            "第一章 发展基础",
            "经济实力稳步提升。");
        page.Documents.Single().Title.ShouldBe("宁波市国民经济和社会发展第十五个五年规划纲要");
        Described(page).Properties["date"].ShouldBe("2026-02-06");
    }

    [Fact]
    public void A_title_below_the_tail_of_a_cut_off_notice_is_found_before_the_contents()
    {
        var graph = Extract("cut.txt",
            "温州市国民经济和社会发展第十五个五年规划纲要》已经市人民代表大会审议批准，现印发给你们，请认真贯彻实施。",
            "温州市人民政府",
            "2026年3月2日",
            "（此件公开发布）",
            "温州市国民经济和社会发展",
            "第十五个五年规划纲要",
            "目 录",
            "第一章 发展基础 1",
            "第二章 发展目标 5",
            "第一章 发展基础",
            "经济实力稳步提升。");
        graph.Documents.Single().Title.ShouldBe("温州市国民经济和社会发展第十五个五年规划纲要");
        graph.Nodes.Where(n => n.Label == NodeLabels.Goal).ShouldAllBe(g => !g.Name.EndsWith(" 1") && !g.Name.EndsWith(" 5"));
    }
}

using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Involvement;

/// <summary>Who does a task (involves.responsibility-note, involves.lead-sentence, involves.issuer), on made-up plans.</summary>
public sealed class ResponsibilityNoteTests
{
    private static GraphDocument Extract(params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic-plan.txt")]);

    private static List<(string Task, string Institution, string Role)> Involves(GraphDocument graph)
        => [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.Involves)
            .Select(r => (Name(graph, r.From), Name(graph, r.To), (string)r.Properties["role"]!))];

    private static string Name(GraphDocument graph, string id) => graph.Nodes.Single(n => n.Id == id).Name;

    [Fact]
    public void A_note_names_the_lead_first_and_partners_after_for_the_run_in_task_and_its_section()
    {
        var found = Involves(Extract(
            "河北省人民政府办公厅关于印发河北省数字经济行动计划的通知",
            "河北省数字经济行动计划",
            "一、夯实数字基础设施",
            "（一）建设高速网络。加快5G网络建设，推进千兆光网覆盖。（责任单位：省通信管理局、省工业和信息化厅，各市人民政府）",
            "（二）布局算力设施。支持建设数据中心。（牵头单位：省发展改革委；配合单位：省数据和政务服务局）"));

        found.ShouldContain(("建设高速网络", "河北省通信管理局", "lead"));
        found.ShouldContain(("建设高速网络", "河北省工业和信息化厅", "partner"));
        found.ShouldContain(("布局算力设施", "河北省发展和改革委员会", "lead"));
        found.ShouldContain(("布局算力设施", "河北省数据和政务服务局", "partner"));
        found.ShouldContain(("夯实数字基础设施", "河北省通信管理局", "lead"));
        found.ShouldNotContain(f => f.Institution.Contains("各市", StringComparison.Ordinal));
    }

    [Fact]
    public void Customs_councils_groups_and_branch_companies_in_a_note_are_bodies_of_their_own_type()
    {
        var graph = Extract(
            "浙江省关于扩大对外开放的实施意见",
            "一、重点任务",
            "（一）发展货物贸易",
            "1.扩大出口。建立出口商品关税对比清单。（杭州海关负责）巩固传统产品出口优势。（省商务厅牵头，杭州海关、省贸促会按职责分工配合）",
            "2.畅通物流。建设国际物流通道。（杭州海关牵头，省港航集团按职责分工负责）",
            "3.优化信保服务。扩大出口信用保险覆盖面。（中国出口信用保险公司浙江分公司负责）");
        var found = Involves(graph);

        found.ShouldContain(("扩大出口", "杭州海关", "lead"));
        found.ShouldContain(("扩大出口", "浙江省贸促会", "partner"));
        found.ShouldContain(("畅通物流", "浙江省港航集团", "partner"));
        found.ShouldContain(("优化信保服务", "中国出口信用保险公司浙江分公司", "lead"));
        string TypeOf(string name) => (string)graph.Nodes.Single(n => n.Label == NodeLabels.Institution && n.Name == name).Properties["type"]!;
        TypeOf("杭州海关").ShouldBe("government");
        TypeOf("浙江省贸促会").ShouldBe("association");
        TypeOf("浙江省港航集团").ShouldBe("enterprise");
    }

    [Fact]
    public void An_evaluation_item_without_a_title_belongs_to_its_heading_and_a_short_item_is_a_task()
    {
        var found = Involves(Extract(
            "银川市人民政府办公室关于印发银川市数字政府考评办法的通知",
            "一、政务服务",
            "（一）政务服务平台建设（3分）",
            "1．推进政务服务事项全程网办，完成适老化改造，方便群众办事。（5月底完成，牵头考核单位：市政务服务局）",
            "2．建立政务数据共享机制。（持续推进，牵头考核单位：市大数据局、市委网信办）"));

        found.ShouldContain(("政务服务平台建设", "银川市政务服务局", "lead"));
        found.ShouldContain(("建立政务数据共享机制", "银川市大数据局", "lead"));
        found.ShouldContain(("建立政务数据共享机制", "银川市委网络安全和信息化委员会办公室", "lead"));
    }

    [Fact]
    public void Sentences_say_who_leads_and_who_helps()
    {
        var found = Involves(Extract(
            "广西壮族自治区人民政府办公厅关于印发广西物流业发展规划的通知",
            "广西物流业发展规划",
            "一、主要任务",
            "（一）完善物流枢纽。由自治区发展改革委牵头，自治区交通运输厅、自治区商务厅配合，推进枢纽建设。",
            "（二）培育物流企业。自治区商务厅会同自治区财政厅制定支持政策。"));

        found.ShouldContain(("完善物流枢纽", "广西壮族自治区发展和改革委员会", "lead"));
        found.ShouldContain(("完善物流枢纽", "广西壮族自治区交通运输厅", "partner"));
        found.ShouldContain(("培育物流企业", "广西壮族自治区商务厅", "lead"));
        found.ShouldContain(("培育物流企业", "广西壮族自治区财政厅", "partner"));
    }

    [Fact]
    public void A_shared_duty_partners_the_body_that_leads_and_leads_where_none_does()
    {
        var found = Involves(Extract(
            "交通运输部关于印发《“十五五”综合交通运输发展规划》的通知",
            "“十五五”综合交通运输发展规划",
            "一、重点任务",
            "（一）完善综合立体交通网。推进国家高速公路待贯通路段建设。（交通运输部牵头，国家发展改革委、财政部按职责分工负责）",
            "（二）提升枢纽能级。建设国际性综合交通枢纽城市。（交通运输部、国家铁路局按职责分工负责）"));

        found.ShouldContain(("完善综合立体交通网", "交通运输部", "lead"));
        found.ShouldContain(("完善综合立体交通网", "国家发展和改革委员会", "partner"));
        found.ShouldContain(("完善综合立体交通网", "财政部", "partner"));
        found.ShouldContain(("提升枢纽能级", "交通运输部", "lead"));
        found.ShouldContain(("提升枢纽能级", "国家铁路局", "lead"));
    }

    [Fact]
    public void The_issuer_of_the_notice_issues_the_plans_it_names()
    {
        var found = Involves(Extract(
            "---",
            "发布单位: 四川省经济和信息化厅",
            "---",
            "四川省经济和信息化厅关于印发《四川省智能制造三年行动计划（2024-2026年）》的通知",
            "现将《四川省智能制造三年行动计划（2024-2026年）》印发给你们，请遵照执行。"));

        found.ShouldContain(("四川省智能制造三年行动计划（2024-2026年）", "四川省经济和信息化厅", "issuer"));
    }

    [Fact]
    public void A_task_allocation_table_gives_each_task_its_lead_and_partners()
    {
        var found = Involves(Extract(
            "贵阳市人民政府办公厅关于印发贵阳市数据中心集群行动方案的通知",
            "贵阳市数据中心集群行动方案",
            "一、重点任务",
            "（一）夯实算力基础。加快建设数据中心。",
            "表1 重点任务分工表",
            "序号\t重点任务\t牵头单位\t配合单位",
            "1\t建设城市数据中心集群\t市大数据局\t市发展改革委、市财政局",
            "2\t完善数据交易规则\t市地方金融监管局\t市大数据局",
            "二、保障措施"));

        found.ShouldContain(("建设城市数据中心集群", "贵阳市大数据局", "lead"));
        found.ShouldContain(("建设城市数据中心集群", "贵阳市发展和改革委员会", "partner"));
        found.ShouldContain(("完善数据交易规则", "贵阳市地方金融监督管理局", "lead"));
    }

    [Fact]
    public void A_task_table_titled_without_a_number_and_a_note_after_the_last_sentence_name_departments()
    {
        var found = Involves(Extract(
            "湖南省人民政府办公厅关于印发湖南省制造业数字化转型三年行动方案的通知",
            "湖南省制造业数字化转型三年行动方案（2024—2026年）",
            "一、重点任务",
            "1.建设工业互联网平台。培育一批行业级工业互联网平台。责任单位：省工业和信息化厅、省通信管理局，各市州人民政府。",
            "附件",
            "重点任务分工表",
            "序号\t重点任务\t牵头单位\t配合单位",
            "1\t开展数字化诊断服务\t省工业和信息化厅\t省财政厅",
            "2\t建设长沙智能制造示范区\t长沙市人民政府\t省工业和信息化厅"));

        found.ShouldContain(("建设工业互联网平台", "湖南省工业和信息化厅", "lead"));
        found.ShouldContain(("建设工业互联网平台", "湖南省通信管理局", "partner"));
        found.ShouldContain(("开展数字化诊断服务", "湖南省工业和信息化厅", "lead"));
        found.ShouldContain(("开展数字化诊断服务", "湖南省财政厅", "partner"));
        found.ShouldContain(("建设长沙智能制造示范区", "长沙市人民政府", "lead"));
        // A collective item names no one body.
        found.ShouldNotContain(f => f.Institution.Contains("各市州", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cells")]
    [InlineData("pipes")]
    public void A_task_table_with_one_cell_per_line_or_markdown_rows_names_departments_and_no_targets(string layout)
    {
        string[] table = layout == "cells"
            ? ["序号", "重点任务", "牵头单位", "配合单位", "完成时限",
               "1", "开展数字化诊断服务", "省工业和信息化厅", "省财政厅", "2025年底",
               "2", "建设长沙智能制造示范区", "长沙市人民政府", "省工业和信息化厅、省科技厅", "2026年"]
            : ["| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |", "|---|---|---|---|---|",
               "| 1 | 开展数字化诊断服务 | 省工业和信息化厅 | 省财政厅 | 2025年底 |",
               "| 2 | 建设长沙智能制造示范区 | 长沙市人民政府 | 省工业和信息化厅、省科技厅 | 2026年 |"];
        var graph = Extract([
            "湖南省制造业数字化转型三年行动方案（2024—2026年）",
            "一、重点任务",
            "1.建设工业互联网平台。培育一批行业级工业互联网平台。",
            "附件",
            "重点任务分工表",
            .. table,
            "二、保障措施",
            "加强组织领导。"]);
        var found = Involves(graph);

        found.ShouldContain(("开展数字化诊断服务", "湖南省工业和信息化厅", "lead"));
        found.ShouldContain(("开展数字化诊断服务", "湖南省财政厅", "partner"));
        found.ShouldContain(("建设长沙智能制造示范区", "长沙市人民政府", "lead"));
        found.ShouldContain(("建设长沙智能制造示范区", "湖南省科学技术厅", "partner"));
        // Deadlines and partner cells are no targets.
        graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Target);
    }

    [Fact]
    public void A_label_line_after_a_task_names_its_departments()
    {
        var found = Involves(Extract(
            "云南省人民政府关于印发云南省旅游业发展规划的通知",
            "云南省旅游业发展规划",
            "一、重点任务",
            "（一）完善旅游服务设施",
            "在重点城市建设旅游集散中心，推动集散中心与交通枢纽衔接，完善咨询、换乘和票务服务功能，提升游客体验。",
            "牵头单位：省文化和旅游厅；配合单位：省交通运输厅、省商务厅。"));

        found.ShouldContain(("完善旅游服务设施", "云南省文化和旅游厅", "lead"));
        found.ShouldContain(("完善旅游服务设施", "云南省交通运输厅", "partner"));
    }

    [Fact]
    public void Role_words_inside_a_labelled_list_and_after_a_modal_decide_the_role()
    {
        var found = Involves(Extract(
            "山西省人民政府办公厅关于印发山西省新材料产业行动计划的通知",
            "山西省新材料产业行动计划",
            "一、重点任务",
            "（一）壮大特种金属材料。推进镁铝合金产业集聚。（责任单位：省工业和信息化厅牵头，省科技厅配合）",
            "（二）加强监测评估。省发展改革委要牵头做好计划实施的年度评估。"));

        found.ShouldContain(("壮大特种金属材料", "山西省工业和信息化厅", "lead"));
        found.ShouldContain(("壮大特种金属材料", "山西省科学技术厅", "partner"));
        found.ShouldContain(("加强监测评估", "山西省发展和改革委员会", "lead"));
    }

    [Fact]
    public void The_bodies_that_issue_an_opinion_jointly_each_issue_it()
    {
        var found = Involves(Extract(
            "中共四川省委 四川省人民政府关于推进乡村全面振兴的意见",
            "（2025年2月10日）",
            "一、总体要求",
            "坚持农业农村优先发展，推进乡村全面振兴。"));

        found.ShouldContain(t => t.Item2 == "中共四川省委" && t.Item3 == "issuer");
        found.ShouldContain(t => t.Item2 == "四川省人民政府" && t.Item3 == "issuer");
    }
}

using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Targets;

/// <summary>Rule target.sentence-any: targets stated in sentences anywhere in a document.</summary>
public sealed class SentenceTargetRuleTests
{
    private static GraphDocument Extract(params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic-plan.txt")]);

    private static List<(string? Indicator, object? Year, object? Value, object? Comparator, object? Change)> Targets(GraphDocument graph) => graph.Nodes
        .Where(n => n.Label == NodeLabels.Target && n.Evidence.Any(e => e.Rule == "target.sentence-any"))
        .Select(n => ((string?)n.Properties.GetValueOrDefault("indicator"), n.Properties.GetValueOrDefault("year"), n.Properties.GetValueOrDefault("value"),
            n.Properties.GetValueOrDefault("comparator"), n.Properties.GetValueOrDefault("change")))
        .ToList();

    [Fact]
    public void A_period_dates_the_clauses_of_its_sentence_and_the_next_after_a_semicolon()
    {
        var graph = Extract(
            "江苏省住房发展“十四五”规划",
            "二、主要任务",
            "“十四五”时期，新增供应各类住宅用地面积3000公顷，新增保障性租赁住房约20万套；住宅小区维修资金归集率不低于90%。");
        Targets(graph).ShouldBe([
            ("新增供应各类住宅用地面积", 2025L, 3000d, "=", "level"),
            ("新增保障性租赁住房", 2025L, 20d, "≈", "level"),
            ("住宅小区维修资金归集率", 2025L, 90d, "≥", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Respectively_gives_each_name_the_measure_and_the_tail_it_shares()
    {
        var graph = Extract(
            "江西省开放型经济发展规划（2026-2030年）",
            "一、发展目标",
            "到2030年，货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。",
            "到2030年，城镇和农村居民人均可支配收入分别达到9万元、5万元。",
            "到2030年，数字经济和高技术产业增加值占地区生产总值比重分别超过50%、25%。");
        Targets(graph).ShouldBe([
            ("货物贸易占比", 2030L, 30d, "=", "level"),
            ("对外投资占比", 2030L, 20d, "=", "level"),
            ("实际利用外资占比", 2030L, 10d, "=", "level"),
            ("城镇居民人均可支配收入", 2030L, 9d, "=", "level"),
            ("农村居民人均可支配收入", 2030L, 5d, "=", "level"),
            ("数字经济占地区生产总值比重", 2030L, 50d, ">", "level"),
            ("高技术产业增加值占地区生产总值比重", 2030L, 25d, ">", "level"),
        ], ignoreOrder: true);
        graph.Nodes.Where(n => n.Label == NodeLabels.Indicator).ShouldNotContain(n => n.Name.Contains("分别", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_figure_under_the_plans_goals_is_a_target_for_its_end_year_but_not_under_a_review()
    {
        var graph = Extract(
            "浙江省绿色建筑“十四五”规划",
            "一、“十三五”工作回顾",
            "1.顺利实现“十三五”发展目标",
            "累计完成既有建筑节能改造1200万平方米。",
            "二、发展目标",
            "（一）建筑能效水平持续提升",
            "完成既有建筑节能改造面积2000万平方米以上，纳入市级平台监测的公共建筑面积达到1亿平方米以上，调查失业率始终保持在5%以内。");
        Targets(graph).ShouldBe([
            ("既有建筑节能改造面积", 2025L, 2000d, "≥", "level"),
            ("纳入市级平台监测的公共建筑面积", 2025L, 1d, "≥", "level"),
            ("调查失业率", 2025L, 5d, "≤", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_count_after_its_verb_names_what_it_counts_after_it()
    {
        var graph = Extract(
            "江苏省城市更新“十五五”规划",
            "三、重点任务",
            "到2030年，力争建成2个绿色生态城区示范项目，完成150个以上城镇老旧小区改造，建设一批智慧社区。");
        Targets(graph).ShouldBe([
            ("绿色生态城区示范项目", 2030L, 2d, "=", "level"),
            ("城镇老旧小区改造", 2030L, 150d, "≥", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_name_may_open_with_a_technical_term_of_digits_and_letters()
    {
        var graph = Extract(
            "“十五五”信息通信业发展规划",
            "三、重点任务",
            "1.加快5G网络深度覆盖。推进5G网络向乡镇延伸，到2030年，5G用户普及率达到95%，4K超高清频道数量达到200个。");
        Targets(graph).ShouldBe([
            ("5G用户普及率", 2030L, 95d, "=", "level"),
            ("4K超高清频道数量", 2030L, 200d, "=", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Respectively_pairs_names_and_values_and_change_verbs_set_a_change()
    {
        var graph = Extract(
            "生态环境部关于印发《“十五五”生态环境保护规划》的通知",
            "三、重点任务",
            "到2030年，地级及以上城市空气质量优良天数比率、地表水优良水体比例和森林覆盖率分别达到88%、85%和25%。",
            "到2028年底，单位地区生产总值能耗下降10%，城镇居民收入年均增长6%左右。");
        Targets(graph).ShouldBe([
            ("地级及以上城市空气质量优良天数比率", 2030L, 88d, "=", "level"),
            ("地表水优良水体比例", 2030L, 85d, "=", "level"),
            ("森林覆盖率", 2030L, 25d, "=", "level"),
            ("单位地区生产总值能耗", 2028L, 10d, "=", "decrease"),
            ("城镇居民收入", 2028L, 6d, "≈", "growth-rate"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_dated_lead_dates_the_dashed_list_after_it_and_actions_or_past_figures_give_nothing()
    {
        var graph = Extract(
            "湖北省数字经济发展三年行动计划（2024-2026年）",
            "一、总体目标",
            "到2026年，数字经济发展水平明显提升。",
            "——产业规模持续壮大。数字经济核心产业增加值突破8000亿元，规上企业数字化转型比例超过60%。",
            "——设施更加完善。新建5G基站3万个，全省面积80%以上达到覆盖要求。",
            "二、发展基础",
            "“十三五”期间，全省累计建成5G基站2万个，数字经济规模达到5000亿元。");
        Targets(graph).ShouldBe([
            ("数字经济核心产业增加值", 2026L, 8000d, ">", "level"),
            ("规上企业数字化转型比例", 2026L, 60d, ">", "level"),

            // A dated count of what is built is a target of the thing counted, whatever its name opens with.
            ("5G基站", 2026L, 3d, "=", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_count_of_what_is_built_or_fostered_by_a_date_is_a_target_of_the_thing_counted()
    {
        var graph = Extract(
            "浙江省智能制造发展规划（2026—2030年）",
            "一、发展目标",
            "到2030年，累计建成未来工厂80家，打造人工智能典型应用场景500个。",
            "到2028年，培育省级智能制造示范工厂200家以上。");
        Targets(graph).ShouldBe([
            ("累计建成未来工厂", 2030L, 80d, "=", "level"),
            ("人工智能典型应用场景", 2030L, 500d, "=", "level"),
            ("省级智能制造示范工厂", 2028L, 200d, "≥", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_date_inside_the_clause_and_a_stance_word_before_the_name()
    {
        var graph = Extract(
            "某市城市更新“十五五”规划",
            "一、发展目标",
            "城市更新年度投资到2030年达到500亿元以上。",
            "力争2029年全市完整社区覆盖率达到70%。");
        Targets(graph).ShouldBe([
            ("城市更新年度投资", 2030L, 500d, "≥", "level"),
            ("完整社区覆盖率", 2029L, 70d, "=", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_bracketed_name_with_digits_and_national_units()
    {
        var graph = Extract(
            "国民经济和社会发展第十四个五年规划纲要",
            "第三章 主要目标",
            "到2025年，地级及以上城市细颗粒物（PM2.5）浓度下降10%，粮食综合生产能力保持在1.3万亿斤以上。");
        Targets(graph).ShouldBe([
            ("地级及以上城市细颗粒物（PM2.5）浓度", 2025L, 10d, "=", "decrease"),
            ("粮食综合生产能力", 2025L, 1.3d, "≥", "level"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_work_reports_list_of_the_years_expected_targets_dates_each_clause_by_the_year()
    {
        var graph = Extract(
            "各位代表：",
            "现在，我代表市人民政府向大会报告工作，请予审议。",
            "一、2025年工作回顾",
            "过去一年，地区生产总值增长5.2%。",
            "二、2026年重点工作",
            "2026年全市经济社会发展主要预期目标是：地区生产总值增长5.5%以上，规模以上工业增加值增长8%左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅2%左右。");
        var targets = Targets(graph);
        targets.ShouldContain(t => t.Indicator == "规模以上工业增加值" && Equals(t.Year, 2026L) && Equals(t.Value, 8d) && Equals(t.Comparator, "≈"));
        targets.ShouldContain(t => t.Indicator == "城镇调查失业率" && Equals(t.Year, 2026L) && Equals(t.Value, 5.5d));
        targets.ShouldNotContain(t => Equals(t.Year, 2025L));
    }

    [Fact]
    public void A_clause_shares_the_subject_of_the_one_before_a_bare_measure_its_quantity_a_name_the_area()
    {
        var graph = Extract(
            "杭州市国民经济和社会发展第十五个五年规划纲要",
            "第二章 主要目标",
            "第三节 主要目标",
            "——高质量发展迈上新台阶。居民消费率显著提高，地区生产总值超过3万亿元，年均增速力争保持在5%以上。",
            "第九章 推动区域协调发展",
            "到2030年，规模以上工业增加值达到1.2万亿元，年均增长6%左右。",
            "到2030年，淳安县常住人口超40万人，地区生产总值达600亿元。",
            "到2030年，西湖区研发投入强度达到5%，全市研发投入强度达到4%。");
        var targets = Targets(graph);
        targets.ShouldContain(("地区生产总值", 2030L, 3d, ">", "level"));
        targets.ShouldContain(("地区生产总值年均增速", 2030L, 5d, "≥", "growth-rate"));
        targets.ShouldContain(("规模以上工业增加值年均增长", 2030L, 6d, "≈", "growth-rate"));
        targets.ShouldContain(t => t.Indicator == "淳安县常住人口" && Equals(t.Value, 40d));
        // The county's output is its own, not the city's (the city's is 3万亿元 above).
        graph.Nodes.ShouldContain(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "淳安县地区生产总值") && Equals(n.Properties.GetValueOrDefault("value"), 600d));
        graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "地区生产总值") && Equals(n.Properties.GetValueOrDefault("value"), 600d));
        // A clause about the whole region (全市) takes no area from the one before.
        graph.Nodes.ShouldContain(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "研发投入强度") && Equals(n.Properties.GetValueOrDefault("value"), 4d));
        graph.Nodes.ShouldContain(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "西湖区研发投入强度") && Equals(n.Properties.GetValueOrDefault("value"), 5d));
    }

    [Fact]
    public void A_short_subject_whose_growth_is_the_measure_and_a_range_after_the_lower_end()
    {
        var graph = Extract(
            "各位代表：",
            "现在，我代表国务院，向大会作政府工作报告，请予审议。",
            "一、2025年工作回顾",
            "过去一年，经济平稳运行。",
            "二、2026年经济社会发展总体要求",
            "今年发展主要预期目标是：经济增长4.5%－5%，在实际工作中努力争取更好结果；城镇调查失业率5.5%左右。");
        var growth = graph.Nodes.Single(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "经济增长"));
        (growth.Properties["year"], growth.Properties["value"], growth.Properties["upper"], growth.Properties["comparator"], growth.Properties["change"])
            .ShouldBe((2026L, 4.5d, 5d, "range", "increase"));
        Targets(graph).ShouldContain(("城镇调查失业率", 2026L, 5.5d, "≈", "level"));
    }
}

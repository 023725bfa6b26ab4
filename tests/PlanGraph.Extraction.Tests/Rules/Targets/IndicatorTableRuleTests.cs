using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Targets;

/// <summary>Rule target.indicator-table: 主要指标 tables without 表 N, in the layouts converted plans give.</summary>
public sealed class IndicatorTableRuleTests
{
    private static GraphDocument Extract(params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "synthetic-plan.txt")]);

    private static GraphNode Target(GraphDocument graph, string indicator, string kind) => graph.Nodes.Single(n =>
        n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), indicator) && Equals(n.Properties.GetValueOrDefault("kind"), kind));

    [Fact]
    public void A_tab_separated_table_gives_indicators_baselines_and_targets_with_the_header_years()
    {
        var graph = Extract(
            "湖南省国民经济和社会发展第十五个五年规划纲要",
            "第一章 发展目标",
            "“十五五”时期经济社会发展主要指标",
            "序号\t指标\t单位\t2025年\t2030年\t属性",
            "1\t地区生产总值年均增长\t%\t5.5\t6左右\t预期性",
            "2\t森林覆盖率\t%\t59.9\t≥60\t约束性",
            "第二章 建设现代化产业体系");
        var growth = Target(graph, "地区生产总值年均增长", "target");
        (growth.Properties["year"], growth.Properties["value"], growth.Properties["comparator"]).ShouldBe((2030L, 6d, "≈"));
        Target(graph, "地区生产总值年均增长", "baseline").Properties["year"].ShouldBe(2025L);
        var forest = Target(graph, "森林覆盖率", "target");
        (forest.Properties["valueText"], forest.Properties["comparator"]).ShouldBe(("≥60", "≥"));
        forest.Evidence[0].Quote.ShouldContain("森林覆盖率 | % | 59.9 | ≥60 | 约束性");
        forest.Evidence[0].Quote.ShouldStartWith("指标 | 单位 | 2025年 | 2030年 | 属性");
        graph.Nodes.Single(n => n.Label == NodeLabels.Indicator && n.Name == "森林覆盖率").Properties["attribute"].ShouldBe("约束性");
    }

    [Fact]
    public void A_pipe_table_with_only_an_expected_value_and_an_attribute_dates_its_targets_by_the_plans_period()
    {
        var graph = Extract(
            "交通运输部关于印发《综合交通运输“十五五”发展规划》的通知",
            "综合交通运输“十五五”发展规划",
            "一、发展目标",
            "主要指标表",
            "| 指标 | 预期值 | 属性 |",
            "|---|---|---|",
            "| 高速公路通车里程（万公里） | 20 | 预期性 |",
            "| 单位运输周转量能耗下降 | 下降5% | 约束性 |",
            "二、重点任务");
        var road = Target(graph, "高速公路通车里程", "target");
        (road.Properties["year"], road.Properties["value"], road.Properties["unit"]).ShouldBe((2030L, 20d, "万公里"));
        var energy = Target(graph, "单位运输周转量能耗下降", "target");
        (energy.Properties["value"], energy.Properties["change"]).ShouldBe((5d, "decrease"));
    }

    [Fact]
    public void One_cell_per_line_with_the_attribute_before_the_value_keeps_categories_apart_from_values()
    {
        var graph = Extract(
            "某区城市更新“十五五”规划",
            "“十五五”城市更新主要预期指标一览表",
            "", "类别", "", "序号", "", "指标", "", "单位", "", "属性", "", "目标", "",
            "促发展", "", "1", "", "片区更新数量", "", "个", "", "预期性", "", "2", "",
            "2", "", "楼宇更新数量", "", "个", "", "预期性", "", "25", "",
            "惠民生", "", "3", "", "旧住房修缮面积", "", "万平方米", "", "约束性", "", "90", "",
            "二、主要任务");
        Target(graph, "片区更新数量", "target").Properties["value"].ShouldBe(2d);
        Target(graph, "楼宇更新数量", "target").Properties["value"].ShouldBe(25d);
        var repair = Target(graph, "旧住房修缮面积", "target");
        (repair.Properties["value"], repair.Properties["year"], repair.Properties["category"]).ShouldBe((90d, 2030L, "惠民生"));
        graph.Nodes.Count(n => n.Label == NodeLabels.Indicator).ShouldBe(3);
    }

    [Fact]
    public void Pdf_wrapped_rows_join_names_and_values_and_read_sub_rows()
    {
        var graph = Extract(
            "四川省国民经济和社会发展第十五个五年规划纲要",
            "“十五五”时期经济社会发展主要指标",
            "类别 序号 指标 2025年 2030年目标 属性",
            "经济",
            "发展",
            "(2项)",
            "1",
            "全社会研究与试验发展经费支出占地区生",
            "产总值比重(%)",
            "2.5 >3 预期性",
            "2 地区生产总值年均增速(%) 6.0",
            "5-6,",
            "力争更好",
            "预期性",
            "安全",
            "发展",
            "3 药品安全",
            "疫苗抽检合格率(%) >98∗ >99",
            "药品抽检合格率(%) >97∗ >98",
            "约束性",
            "注:带∗为预计数。");
        Target(graph, "全社会研究与试验发展经费支出占地区生产总值比重", "target").Properties["comparator"].ShouldBe(">");
        var growth = Target(graph, "地区生产总值年均增速", "target");
        (growth.Properties["valueText"], growth.Properties["value"], growth.Properties["upper"], growth.Properties["change"]).ShouldBe(("5-6,力争更好", 5d, 6d, "growth-rate"));
        Target(graph, "药品抽检合格率", "target").Properties["value"].ShouldBe(98d);
        Target(graph, "疫苗抽检合格率", "baseline").Properties["note"].ShouldBe("预计数");
        graph.Nodes.Single(n => n.Label == NodeLabels.Indicator && n.Name == "疫苗抽检合格率").Properties["attribute"].ShouldBe("约束性");
        graph.Nodes.Single(n => n.Label == NodeLabels.Indicator && n.Name == "药品抽检合格率").Properties["category"].ShouldBe("安全发展");
    }

    [Fact]
    public void A_cell_per_line_table_with_completion_and_goal_columns_named_by_periods()
    {
        var graph = Extract(
            "浙江省某市城市更新“十五五”规划",
            "主要指标表",
            "类别", "序号", "一级指标", "二级指标", "单位", "属性", "“十四五”", "完成值", "“十五五”", "目标值",
            "建设宜居城区",
            "1", "推进老旧小区改造", "老旧小区改造面积", "万平方米", "预期性", "240", "300",
            "2", "老旧街区改造数量", "个", "预期性", "≥5",
            "3", "推进城中村改造", "城中村改造项目数量", "个", "约束性", "启动8个项目", "以市下达任务为准",
            "二、重点任务");
        var area = Target(graph, "老旧小区改造面积", "baseline");
        (area.Properties["year"], area.Properties["value"]).ShouldBe((2025L, 240d));
        Target(graph, "老旧街区改造数量", "target").Properties["valueText"].ShouldBe("≥5");
        graph.Nodes.Count(n => n.Label == NodeLabels.Target && Equals(n.Properties.GetValueOrDefault("indicator"), "老旧街区改造数量")).ShouldBe(1);
        var villages = Target(graph, "城中村改造项目数量", "target");
        (villages.Properties["valueText"], villages.Properties.GetValueOrDefault("value"), villages.Properties["year"]).ShouldBe(("以市下达任务为准", null, 2030L));
    }

    [Fact]
    public void A_national_table_with_an_average_or_total_column_keeps_the_latest_year_as_target()
    {
        var graph = Extract(
            "国民经济和社会发展第十四个五年规划纲要",
            "专栏1 “十四五”时期经济社会发展主要指标",
            "类别\t指标\t2020年\t2025年\t年均/累计\t属性",
            "经济发展\t常住人口城镇化率（%）\t60.6\t65\t—\t预期性",
            "\t全员劳动生产率增长（%）\t2.5\t—\t高于GDP增长\t预期性",
            "第二篇 坚持创新驱动发展");
        var towns = Target(graph, "常住人口城镇化率", "target");
        (towns.Properties["year"], towns.Properties["value"]).ShouldBe((2025L, 65d));
        Target(graph, "常住人口城镇化率", "baseline").Properties["year"].ShouldBe(2020L);
        var productivity = Target(graph, "全员劳动生产率增长", "target");
        (productivity.Properties["year"], productivity.Properties["valueText"], productivity.Properties["change"]).ShouldBe((2025L, "高于GDP增长", "increase"));
    }

    [Fact]
    public void A_numbered_pdf_table_with_spaced_header_words_and_category_lines_gives_every_row()
    {
        var graph = Extract(
            "无锡市国民经济和社会发展第十五个五年规划纲要",
            "第一章 发展目标",
            "表 1 “十五五”经济社会发展主要指标",
            "序号 指 标 2030 年目标 属性",
            "一、经济强（2 项）",
            "1 研发经费支出占地区生产总值比重（%） 4.2 左右 预期性",
            "2 规上工业增加值率（%） 提高 1 个百分点以上 预期性",
            "二、百姓富（1 项）",
            "3 3 岁以下婴幼儿入托率（%） 30 预期性",
            "在此基础上再奋斗五年，到 2035 年，人均地区生产总值达到更高",
            "水平，基本实现社会主义现代化。",
            "第二章 建设现代化产业体系");
        var research = Target(graph, "研发经费支出占地区生产总值比重", "target");
        (research.Properties["year"], research.Properties["value"], research.Properties["comparator"]).ShouldBe((2030L, 4.2d, "≈"));
        Target(graph, "规上工业增加值率", "target").Properties["valueText"].ShouldBe("提高1个百分点以上");
        var care = Target(graph, "3岁以下婴幼儿入托率", "target");
        (care.Properties["value"], care.Properties["category"]).ShouldBe((30d, "百姓富"));
        graph.Nodes.Count(n => n.Label == NodeLabels.Indicator).ShouldBe(3);
    }

    [Fact]
    public void A_header_wrapped_over_cells_and_a_period_column_over_its_sub_columns_read_as_one_column()
    {
        var graph = Extract(
            "宁波市国民经济和社会发展第十五个五年规划纲要",
            "第一章 发展目标",
            "表1 宁波“十五五”经济社会发展主要指标",
            "序号", "", "指标", "", "单位", "", "属性", "", "“十五五”目标", "", "2030年", "", "年均［累计］", "",
            "1", "", "地区生产总值年均增速", "", "%", "", "预期性", "", "—", "", "5%左右", "",
            "2", "", "全员劳动生产率", "", "万元/人", "", "预期性", "", "> 40", "", "—", "",
            "第二章 建设现代化产业体系");
        Target(graph, "全员劳动生产率", "target").Properties["value"].ShouldBe(40d);
        Target(graph, "地区生产总值年均增速", "target").Properties["value"].ShouldBe(5d);

        var split = Extract(
            "温州市国民经济和社会发展第十五个五年规划纲要",
            "第一章 发展目标",
            "“十五五”时期经济社会发展主要指标",
            "类别", "序号", "指标名称", "2025年", "预计", "2030年", "目标", "年均/", "累计", "属性",
            "经济发展", "（2项）",
            "1", "地区生产总值增长（%）", "5.5左右", "—", "5以上", "预期性",
            "2", "数字贸易额（亿元）", "1200", "2000", "—", "预期性",
            "第二章 建设现代化产业体系");
        var trade = Target(split, "数字贸易额", "target");
        (trade.Properties["year"], trade.Properties["value"]).ShouldBe((2030L, 2000d));
        Target(split, "数字贸易额", "baseline").Properties["value"].ShouldBe(1200d);
    }

    [Fact]
    public void A_value_in_trillions_keeps_the_number_as_written()
    {
        var graph = Extract(
            "佛山市国民经济和社会发展第十五个五年规划纲要",
            "第一章 发展目标",
            "到2030年，战略性新兴产业增加值超2.3万亿元。",
            "第二章 建设现代化产业体系");
        var target = Target(graph, "战略性新兴产业增加值", "target");
        (target.Properties["value"], target.Properties["unit"]).ShouldBe((2.3d, "万亿元"));
    }

    [Fact]
    public void A_web_page_table_with_blank_lines_between_cells_is_read_to_its_last_row_and_a_name_holding_a_figure_goes_on()
    {
        // A web page's table as text: every cell on its own line with several blank lines between, so the table spans
        // many more lines than it has cells.
        var blank = Enumerable.Repeat("", 6).ToArray();
        var lines = new List<string> { "某市国民经济和社会发展第十五个五年规划纲要", "二、发展目标", "表1 某市“十五五”经济社会发展主要指标" };
        void Cells(params string[] cells)
        {
            foreach (var cell in cells)
            {
                lines.Add(cell);
                lines.AddRange(blank);
            }
        }

        Cells("序号", "指标", "单位", "属性", "2030年");
        for (var row = 1; row <= 14; row++)
        {
            Cells($"{row}", $"第{row}项产业增加值", "亿元", "预期性", $"{row * 10}");
        }

        Cells("15", "社区公共服务设施15分钟步行", "可达覆盖率", "%", "预期性", "95");
        Cells("16", "细颗粒物（PM", "2.5", "）浓度", "微克/立方米", "约束性", "25");
        lines.Add("三、重点任务");
        var graph = Extract([.. lines]);

        Target(graph, "第14项产业增加值", "target").Properties["value"].ShouldBe(140d);
        Target(graph, "社区公共服务设施15分钟步行可达覆盖率", "target").Properties["value"].ShouldBe(95d);
        Target(graph, "细颗粒物（PM2.5）浓度", "target").Properties["value"].ShouldBe(25d);
        graph.Nodes.Count(n => n.Label == NodeLabels.Indicator).ShouldBe(16);
    }
}

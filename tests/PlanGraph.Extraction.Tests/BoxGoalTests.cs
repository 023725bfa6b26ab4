using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests;

/// <summary>The goal a 专栏 box supports, above all a box that closes a section after its last sub-heading.</summary>
public sealed class BoxGoalTests
{
    private static readonly Lazy<GraphDocument> Synthetic = new(() => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n",
    [
        "深圳市福田区产业发展规划",
        "第一章 打造现代产业体系",
        "第一节 升维发展战略性新兴产业",
        "一、提升新一代信息技术产业",
        "聚焦集成电路、人工智能等产业。",
        "二、引领发展绿色低碳产业",
        "发展绿色金融和节能环保产业。",
        "三、开拓发展生物医药产业",
        "建设临床研究平台。",
        "\t专栏1  福田区重点产业集群",
        "\t1.梅林片区：集聚新一代信息技术，建设福田智谷创新中心。",
        "2.车公庙片区：发展绿色低碳产业，建设福田绿色金融服务中心。",
        "第二节 发展现代金融新业态",
        "一、推进金融科技发展",
        "推进金融科技。",
        "二、发展数字人民币",
        "推进数字人民币应用。",
        "\t专栏2  数字人民币重大项目",
        "\t1.数字人民币：建设福田数字人民币创新中心。",
        "第三节 建设一流教育",
        "一、推进学前教育",
        "新建幼儿园。",
        "二、发展高中教育",
        "新建高中。",
        "一、探索未来教育新形态",
        "探索未来教育。",
        "\t专栏3  教育重大工程",
        "\t1.学前教育：建设福田学前教育示范中心。",
        "2.高中教育：建设福田高中教育创新中心。",
    ]) + "\n"), "synthetic-plan.txt")]));

    private static string SupportedGoal(GraphDocument graph, string project)
    {
        var node = graph.Nodes.Single(n => n.Label == NodeLabels.Project && n.Name == project);
        var goal = graph.Relationships.Where(r => r.Type == RelationshipTypes.Supports && r.From == node.Id).ShouldHaveSingleItem().To;
        return graph.Nodes.Single(n => n.Id == goal).Name;
    }

    [Fact]
    public void A_box_after_the_last_sub_heading_whose_items_speak_of_its_siblings_supports_the_section()
    {
        SupportedGoal(Synthetic.Value, "福田智谷创新中心").ShouldBe("升维发展战略性新兴产业");
        SupportedGoal(Synthetic.Value, "福田绿色金融服务中心").ShouldBe("升维发展战略性新兴产业");
    }

    [Fact]
    public void A_box_whose_title_repeats_the_last_sub_heading_stays_with_it()
        => SupportedGoal(Synthetic.Value, "福田数字人民币创新中心").ShouldBe("发展数字人民币");

    [Fact]
    public void A_box_after_a_restarted_numbering_stays_with_its_sub_heading()
    {
        // The second 一、 means a heading between was lost: 建设一流教育 is not the section the box closes.
        SupportedGoal(Synthetic.Value, "福田学前教育示范中心").ShouldBe("探索未来教育新形态");
    }

    [Fact]
    public void Seed_boxes_support_the_goal_they_serve()
    {
        // D1:412 专栏5 重点产业集群 follows 四、开拓发展生物医药产业, the last sub-heading of 第二节 升维发展战略性新兴产业;
        // its items are the 片区 of all four industries.
        SupportedGoal(SeedGraph.Graph, "电子信息和全球智能终端创新中心").ShouldBe("升维发展战略性新兴产业");
        // D1:329 专栏3 现代金融新业态重大项目和平台 repeats its sub-heading 三、发展现代金融新业态.
        SupportedGoal(SeedGraph.Graph, "社会影响力金融发展促进中心").ShouldBe("发展现代金融新业态");
        // D1:279 专栏2 stands inside 二、集聚全球一流创新资源 (三、 follows it).
        SupportedGoal(SeedGraph.Graph, "湾区数字经济算力中心").ShouldBe("集聚全球一流创新资源");
    }
}

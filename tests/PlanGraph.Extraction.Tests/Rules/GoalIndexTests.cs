using System.Text;
using PlanGraph.Extraction.Rules;
using PlanGraph.Extraction.Rules.Goals;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules;

/// <summary>GoalIndex (Rules/GoalIndex.cs) finds a text's goal through its outline nodes, not through section-path strings.</summary>
public sealed class GoalIndexTests
{
    private static IngestedDocument Ingest(params string[] lines)
        => DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), "made-up.txt");

    private static OutlineNode Section(IngestedDocument document, string heading, int occurrence = 0)
        => document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section && n.Heading == heading).ElementAt(occurrence);

    [Fact]
    public void A_sentence_a_box_and_a_table_take_the_goal_of_their_nearest_enclosing_goal_section()
    {
        var document = Ingest(
            "某省新能源产业发展规划（2026-2030年）",
            "第一章 壮大新能源装备产业",
            "第一节 发展储能装备",
            "加快发展新型储能装备。",
            "专栏1 储能重点项目",
            "建设储能示范基地。",
            "1.甲储能电站。",
            "表1 储能装备发展指标",
            "指标\t单位\t2030年",
            "1\t装机容量\t万千瓦\t500");
        var chapter = Section(document, "壮大新能源装备产业");
        var index = new GoalIndex(new Dictionary<OutlineNode, string>(ReferenceEqualityComparer.Instance) { [chapter] = "chapter-goal" }, [], []);

        var sentence = document.Sentences.Single(s => s.Text.Text.StartsWith("加快发展新型储能装备", StringComparison.Ordinal));
        sentence.Node.Kind.ShouldBe(OutlineKind.Paragraph);
        sentence.Section.ShouldBeSameAs(Section(document, "发展储能装备"));
        index.GoalOf(sentence.Node).ShouldBe("chapter-goal");
        index.GoalOf(document.Boxes.Single().Node).ShouldBe("chapter-goal");
        index.GoalOf(document.Tables.Single().Node).ShouldBe("chapter-goal");
        index.GoalOf(document.Outline).ShouldBeNull();
    }

    [Fact]
    public void Two_sections_with_the_same_path_keep_their_own_goals()
    {
        // A converted plan that lost its 第二章 heading repeats a chapter and section heading word for word.
        var document = Ingest(
            "某市养老服务体系建设规划",
            "一、完善养老服务设施",
            "（一）建设社区养老服务中心",
            "新建社区养老服务中心50个。",
            "一、完善养老服务设施",
            "（一）建设社区养老服务中心",
            "改造社区养老服务中心30个。");
        var (first, second) = (Section(document, "建设社区养老服务中心"), Section(document, "建设社区养老服务中心", 1));
        first.SectionPath.ShouldBe(second.SectionPath);
        var index = new GoalIndex(new Dictionary<OutlineNode, string>(ReferenceEqualityComparer.Instance) { [first] = "first", [second] = "second" }, [], []);

        index.GoalOf(document.Sentences.Single(s => s.Text.Text.StartsWith("新建", StringComparison.Ordinal)).Node).ShouldBe("first");
        index.GoalOf(document.Sentences.Single(s => s.Text.Text.StartsWith("改造", StringComparison.Ordinal)).Node).ShouldBe("second");
    }

    [Fact]
    public void A_lead_paragraph_names_the_goal_its_sentences_measure_before_the_sections_goal()
    {
        var document = Ingest(
            "某区教育发展“十五五”规划",
            "一、发展目标",
            "——学前教育更加普惠。普惠性幼儿园覆盖率达到90%。",
            "公办学位占比达到60%。");
        var lead = document.Outline.Descendants().First(n => n.Kind == OutlineKind.Paragraph && n.Heading.StartsWith("——", StringComparison.Ordinal));
        var index = new GoalIndex(
            new Dictionary<OutlineNode, string>(ReferenceEqualityComparer.Instance) { [Section(document, "发展目标")] = "section-goal" },
            [],
            [new LeadParagraph(lead.SpanStart, lead.SpanEnd, "lead-goal")]);

        index.MeasuredBy(document.Sentences.Single(s => s.Text.Text.StartsWith("普惠性", StringComparison.Ordinal))).ShouldBe("lead-goal");
        index.MeasuredBy(document.Sentences.Single(s => s.Text.Text.StartsWith("公办", StringComparison.Ordinal))).ShouldBe("section-goal");
    }
}

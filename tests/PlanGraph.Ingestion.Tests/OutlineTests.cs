using PlanGraph.Ingestion;
using Shouldly;
using Xunit;

namespace PlanGraph.Ingestion.Tests;

/// <summary>The outline of each seed against what the files say (line numbers are the files' own).</summary>
public sealed class OutlineTests
{
    private static OutlineNode Section(IngestedDocument document, string numbering, string headingStart)
        => document.Outline.Descendants().Single(n => n.Kind == OutlineKind.Section && n.Numbering == numbering && n.Heading.StartsWith(headingStart, StringComparison.Ordinal));

    [Fact]
    public void A_short_numbered_line_that_goes_on_after_its_first_full_stop_is_a_paragraph_and_a_bare_one_a_heading()
    {
        var text = string.Join("\n",
            "某省开放实施意见",
            "一、重点任务",
            "3.优化信保服务。扩大出口信用保险覆盖面。（省商务厅负责）",
            "4.开展贸易便利化改革。",
            "推进通关一体化。",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");

        var tasks = document.Outline.Descendants().Single(n => n.Kind == OutlineKind.Section && n.Heading == "重点任务");
        tasks.Children.ShouldContain(n => n.Kind == OutlineKind.Paragraph && n.Heading.StartsWith("3.优化信保服务。", StringComparison.Ordinal));
        tasks.Children.ShouldContain(n => n.Kind == OutlineKind.Section && n.Numbering == "4." && n.Heading == "开展贸易便利化改革。");
    }

    [Fact]
    public void Dotted_numbers_are_sections_inside_their_chapter_and_a_box_inside_one_ends_at_the_next_chapter()
    {
        var text = string.Join("\n",
            "某市国民经济和社会发展第十五个五年规划纲要",
            "三、提升产业竞争力",
            "1.加快建设现代化产业体系",
            "把握发展趋势。",
            "1.1增创制造业发展新优势。",
            "推动传统产业转型。加快技术改造，2030年工业投资达到1.5万亿元。",
            "1.5万亿元以上的投资用于技术改造。",
            "专栏1 智能制造行动",
            "智能工厂。建设100个智能工厂。",
            "1.2激活服务业新动力。",
            "推动生产性服务业发展。",
            "2.深入实施扩大内需战略",
            "2.1 释放消费潜力。",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");

        var chapter = Section(document, "1.", "加快建设现代化产业体系");
        chapter.Children.Where(c => c.Kind == OutlineKind.Section).Select(c => c.Numbering).ShouldBe(["1.1", "1.2"]);
        Section(document, "1.1", "增创制造业发展新优势").Children.ShouldContain(n => n.Kind == OutlineKind.Box);
        Section(document, "2.", "深入实施扩大内需战略").Children.Where(c => c.Kind == OutlineKind.Section).Select(c => c.Heading).ShouldBe(["释放消费潜力。"]);
        // A decimal figure opening a line is no numbering.
        document.Outline.Descendants().ShouldNotContain(n => n.Kind == OutlineKind.Section && n.Numbering.StartsWith("1.5", StringComparison.Ordinal));
    }

    [Fact]
    public void D1_parts_chapters_sections_and_items_nest()
    {
        var d1 = Seeds.Read(Seeds.D1);
        var section = Section(d1, "第一节", "规划建设好河套深港科技创新合作区");
        section.FirstLine.ShouldBe(270);
        section.SectionPath.ShouldBe("第二篇 突出经济发展，在高质量发展新阶段争创城区新优势 > 第三章 以河套深港科技创新合作区为牵引打造中央创新区 > 第一节 规划建设好河套深港科技创新合作区");
        section.Children.Where(c => c.Kind == OutlineKind.Section).Select(c => c.Numbering).ShouldBe(["一、", "二、", "三、"]);
        Section(d1, "第二篇", "突出经济发展").Level.ShouldBe(1);
    }

    [Fact]
    public void D3_numbered_levels_nest_and_the_table_of_contents_is_gone()
    {
        var d3 = Seeds.Read(Seeds.D3);
        var goals = Section(d3, "（三）", "发展目标");
        goals.FirstLine.ShouldBe(563);
        goals.SectionPath.ShouldStartWith("二、指导思想、基本原则与发展目标 > ");
        goals.Children.Where(c => c.Kind == OutlineKind.Section).Select(c => c.Heading).ShouldBe(["“新倍增计划”目标", "“十四五”规划目标"]);
        d3.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section).ShouldAllBe(n => n.FirstLine > 136, "the table of contents (lines 6-136) yields no sections");
    }

    [Fact]
    public void D3_lines_cut_at_the_pdf_wrap_width_are_joined_even_when_they_look_like_headings_or_items()
    {
        var d3 = Seeds.Read(Seeds.D3);

        // Lines 736/738 and 2272/2274 are one heading each; the wrapped rest is not a paragraph of its own.
        var first = Section(d3, "（一）", "高标准规划建设好河套深港科技创新合作区，打造科技创新新引擎");
        (first.FirstLine, first.LastLine).ShouldBe((736, 738));
        Section(d3, "（五）", "聚力构建国际一流的创新创业生态体系，塑造创新发展新格局").LastLine.ShouldBe(2274);

        // A box item wrapped mid-name (1013/1015: "VCSEL 光芯" + "片项目") reads as one line; the "3." heading
        // after 专栏2 is a section again, not an item of the box.
        var item = d3.Boxes.Single(b => b.Number == 3).Items.Single(i => i.Numbering == "（5）");
        item.Text.Text.ShouldContain("VCSEL 光芯片项目、深港澳芯片联合研究院");
        item.Text.Text.ShouldNotContain('\n');
        Section(d3, "3.", "加速集聚全球一流科技创新资源").FirstLine.ShouldBe(962);

        // Documents typed by hand have no wrap width and keep their line structure.
        Seeds.Read(Seeds.D4).Boxes.SelectMany(b => b.Items).Count(i => i.Text.Text.Contains('\n')).ShouldBeGreaterThan(40);
    }

    [Fact]
    public void D0_questions_are_top_level_whatever_their_markdown_depth_and_highlights_nest_under_question_three()
    {
        var d0 = Seeds.Read(Seeds.D0);
        var questions = d0.Outline.Children.Where(c => c.Kind == OutlineKind.Section).ToList();
        questions[0].Numbering.ShouldBe("一、");
        questions[0].FirstLine.ShouldBe(42);
        questions.Select(q => q.Numbering).ShouldContain("三十、");
        Section(d0, "二、", "制定《规划》的主要目的").Level.ShouldBe(1);
        Section(d0, "三、", "《规划》总体框架").Children.Count(c => c.Style == NumberingStyle.Highlight).ShouldBe(10);
        d0.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section).ShouldAllBe(n => n.FirstLine > 40, "the table of contents (lines 7-40) yields no sections");
    }

    [Fact]
    public void D2_and_D4_headings()
    {
        var d2 = Seeds.Read(Seeds.D2);
        Section(d2, "一、", "现有工作基础").FirstLine.ShouldBe(9);
        Section(d2, "一、", "现有工作基础").Children.Count(c => c.Kind == OutlineKind.Section).ShouldBe(3);

        var d4 = Seeds.Read(Seeds.D4);
        d4.Outline.Children.Where(c => c.Kind == OutlineKind.Section).Select(c => c.Numbering).ShouldBe(["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、"]);
        d4.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section).ShouldAllBe(n => n.FirstLine > 133, "the table of contents (lines 7-133) yields no sections");
        Section(d4, "（一）", "建设全球一流特色商圈").Level.ShouldBe(2);
    }

    [Theory]
    [InlineData("spaced page numbers", new[] { "目    录", "第一章  发展基础    1", "第一节  发展目标    12", "重大工程专栏目录", "专栏1 重大科技平台 21" })]
    [InlineData("no page numbers", new[] { "目 录", "前 言", "第一章 发展基础", "第一节 发展目标" })]
    [InlineData("dot leaders and front-matter page numbers", new[] { "目 录", "第一章 发展基础 ........ 1", "I", "第一节 发展目标 .... 3", "II" })]
    public void A_table_of_contents_yields_no_sections_whatever_its_page_numbers(string layout, string[] contents)
    {
        string[] body = ["前 言", "“十五五”时期是关键时期。", "第一章 发展基础", "第一节 发展目标", "经济实力稳步提升。"];
        var text = string.Join("\n", ["常州市国民经济和社会发展第十五个五年规划纲要", .. contents, .. body]) + "\n";
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "toc.txt");
        var sections = document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section).ToList();
        sections.Select(n => n.Numbering).ShouldBe(["第一章", "第一节"], layout);
        sections.ShouldAllBe(n => n.FirstLine > contents.Length + 1, layout);
    }

    [Fact]
    public void A_numbered_paragraph_after_a_bare_heading_of_its_style_is_the_headings_sibling()
    {
        var text = string.Join("\n",
            "湖北省工业互联网创新发展行动计划",
            "（五）融合应用创新行动。",
            "3﹒开展新模式推广。",
            "智能化制造。鼓励企业加大数字技术应用力度。",
            "网络化协同。支持企业间利用平台共享资源。",
            "4﹒提升安全生产水平。聚焦本质安全水平提升，构建基于工业互联网的安全感知、监测、预警体系。（责任单位：省应急厅）",
            "6﹒推广工业互联网在能源领域的应用。支持能源企业建设工业互联网平台，推进能源生产、输送、消费各环节数据贯通。") + "\n";
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "plan.txt");
        var action = document.Outline.Descendants().Single(n => n.Kind == OutlineKind.Section && n.Numbering == "（五）");
        var bare = action.Children.Single(n => n.Kind == OutlineKind.Section);
        bare.Children.Count(c => c.Kind == OutlineKind.Paragraph).ShouldBe(2);
        action.Children.Where(c => c.Kind == OutlineKind.Paragraph).Select(c => c.Heading[..2]).ShouldBe(["4.", "6."]);
    }

    [Fact]
    public void A_numbered_paragraph_whose_number_does_not_follow_the_headings_stays_inside_it()
    {
        var text = string.Join("\n",
            "湖北省工业互联网创新发展行动计划",
            "（五）融合应用创新行动。",
            "3﹒开展新模式推广。",
            "1﹒智能化制造。鼓励企业加大数字技术应用力度，全面提升研发设计、工艺仿真、生产制造、设备管理水平。",
            "2﹒网络化协同。支持企业间利用工业互联网平台实现设备、技术、数据、模型、知识等资源共享。") + "\n";
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "plan.txt");
        var bare = document.Outline.Descendants().Single(n => n.Kind == OutlineKind.Section && n.Numbering.StartsWith('3'));
        bare.Children.Count(c => c.Kind == OutlineKind.Paragraph).ShouldBe(2);
    }

    [Fact]
    public void Sentences_boxes_and_tables_hold_their_outline_nodes()
    {
        var text = string.Join("\n",
            "某省水利发展规划",
            "第一章 加强防洪减灾",
            "第一节 完善堤防体系",
            "加固重点堤防。",
            "专栏1 防洪工程",
            "建设蓄滞洪区。",
            "1.甲江堤防加固工程。",
            "表1 防洪主要指标",
            "指标\t单位\t2030年",
            "1\t堤防达标率\t%\t95",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");
        var section = Section(document, "第一节", "完善堤防体系");
        section.FullHeading.ShouldBe("第一节 完善堤防体系");
        section.Parent.ShouldNotBeNull().FullHeading.ShouldBe("第一章 加强防洪减灾");
        section.Ancestors().Last().ShouldBeSameAs(document.Outline);

        var heading = document.Sentences.Single(s => s.Text.Text.EndsWith("完善堤防体系", StringComparison.Ordinal));
        heading.Node.ShouldBeSameAs(section);
        var paragraph = document.Sentences.Single(s => s.Text.Text == "加固重点堤防。");
        paragraph.Node.Kind.ShouldBe(OutlineKind.Paragraph);
        paragraph.Section.ShouldBeSameAs(section);
        paragraph.Node.IsWithin(section.Parent!).ShouldBeTrue();

        var box = document.Boxes.Single();
        box.Node.Kind.ShouldBe(OutlineKind.Box);
        box.Node.Parent.ShouldBeSameAs(section);
        document.Sentences.Single(s => s.Text.Text == "建设蓄滞洪区。").Node.ShouldBeSameAs(box.Node);

        var table = document.Tables.Single();
        table.Node.Kind.ShouldBe(OutlineKind.Table);
        table.Node.Section.ShouldBeSameAs(section);
        table.SectionPath.ShouldBe("第一章 加强防洪减灾 > 第一节 完善堤防体系");
    }
}

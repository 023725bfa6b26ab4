using PlanGraph.Ingestion;
using Shouldly;
using Xunit;

namespace PlanGraph.Ingestion.Tests;

/// <summary>Every 专栏 box and indicator table of the seeds, with the counts read off the files.</summary>
public sealed class BoxAndTableTests
{
    [Theory]
    [InlineData(Seeds.D1, 10)]
    [InlineData(Seeds.D3, 6)]
    [InlineData(Seeds.D4, 22)]
    [InlineData(Seeds.D0, 0)]
    [InlineData(Seeds.D2, 0)]
    public void Every_box_is_found_in_order(string seed, int boxes)
    {
        var document = Seeds.Read(seed);
        document.Boxes.Select(b => b.Number).ShouldBe(Enumerable.Range(1, boxes));
        document.Boxes.ShouldAllBe(b => b.Title.Length > 0);
    }

    [Fact]
    public void Box_items_keep_numbering_text_and_lines()
    {
        var d1 = Seeds.Read(Seeds.D1);
        var hetao = d1.Boxes.Single(b => b.Number == 2);
        hetao.Title.ShouldBe("河套深港科技创新合作区深圳园区重点项目和平台");
        hetao.Items.Select(i => i.Numbering).ShouldBe(["1.", "2.", "3.", "4.", "5.", "6."]);
        hetao.Items[0].Text.Text.ShouldStartWith("医疗科技。南开大学-牛津大学联合研究院（深圳）");
        hetao.Items[0].Text.FirstLine.ShouldBe(281);

        // D3: 36 items numbered （1）… (8+4+7+5+5+7; the "5." heading after 专栏4 ends it, so the
        // body paragraph "（4）加快国际互联网访问…" below is not an item); D4: 50 named actions.
        Seeds.Read(Seeds.D3).Boxes.Sum(b => b.Items.Count).ShouldBe(36);
        Seeds.Read(Seeds.D3).Boxes.Select(b => b.Items.Count).ShouldBe([8, 4, 7, 5, 5, 7]);
        Seeds.Read(Seeds.D3).Boxes.SelectMany(b => b.Items).ShouldAllBe(i => i.Numbering.StartsWith('（'));
        var d4 = Seeds.Read(Seeds.D4);
        d4.Boxes.Sum(b => b.Items.Count).ShouldBe(50);
        d4.Boxes.SelectMany(b => b.Items).Count(i => i.Text.Text.Split('\n')[0].EndsWith("行动", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(45);
    }

    [Fact]
    public void Box_prose_without_items_and_a_lead_in_before_items_are_sentences_of_the_section()
    {
        var text = string.Join("\n",
            "一、保护生态环境",
            "加强生态保护。",
            "\t专栏1  生态保护工程",
            "",
            "\t保护工程：每年开展综合治理，清除外来物种。加强监测。",
            "",
            "二、建设学校",
            "新建学校。",
            "\t专栏2  教育工程",
            "",
            "\t通过多种举措创造学位供给。",
            "1.学前教育：新建幼儿园。",
            "2.义务教育：新建小学。",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");

        var prose = document.Boxes.Single(b => b.Number == 1);
        prose.Items.ShouldBeEmpty();
        var first = document.Sentences.Single(s => s.Text.Text.StartsWith("保护工程：", StringComparison.Ordinal));
        first.SectionPath.ShouldBe("一、保护生态环境");
        first.Text.FirstLine.ShouldBe(5);
        document.Sentences.ShouldContain(s => s.Text.Text.StartsWith("加强监测", StringComparison.Ordinal) && s.SectionPath == "一、保护生态环境");

        // The lead-in is a sentence; the numbered items stay items and are no sentences.
        var education = document.Boxes.Single(b => b.Number == 2);
        education.Items.Select(i => i.Numbering).ShouldBe(["1.", "2."]);
        education.Items[0].Text.Text.ShouldStartWith("学前教育");
        document.Sentences.ShouldContain(s => s.Text.Text.StartsWith("通过多种举措", StringComparison.Ordinal) && s.SectionPath == "二、建设学校");
        document.Sentences.ShouldNotContain(s => s.Text.Text.Contains("新建幼儿园", StringComparison.Ordinal));
    }

    [Fact]
    public void Zero_padded_numbers_set_apart_by_spaces_number_a_boxs_items()
    {
        var text = string.Join("\n",
            "一、建设新型数字基础设施",
            "专栏1 新型数字基础设施建设工程",
            "01 5G网络精品工程：在全国建设一批5G精品网络示范城市。",
            "02 千兆光网提速工程：推动北京、上海等城市率先建成万兆光网试点。",
            "二、推动融合应用",
            "推进工业互联网创新发展。",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "plan.txt");
        var box = document.Boxes.Single();
        box.Items.Select(i => (i.Numbering, i.Text.Text[..5])).ShouldBe([("01", "5G网络精"), ("02", "千兆光网提")]);
    }

    [Fact]
    public void A_box_without_numbering_lists_run_in_lines_and_rows_of_cells_as_items()
    {
        var text = string.Join("\n",
            "一、建设产业集聚区",
            "专栏1  “三谷”产业集聚区",
            "聚焦关键领域，建设“三谷”集聚区。",
            "“一谷”：甲县建设“光电谷”，培育光电集群。",
            "“二谷”：乙区打造“药谷”，培育医药集群。",
            "“三谷”：丙区建设“数谷”。",
            "二、完善交通",
            "专栏2  交通重大项目",
            "类型    项目名称",
            "航空    某市机场三期工程",
            "轨道交通    某城际铁路、某市域铁路",
            "三、推进更新",
            "专栏3  断头路项目",
            "续建工程：甲路二期工程，乙路工程。",
            "新建工程：丙路工程。",
            "四、保护生态",
            "专栏4  生态保护",
            "保护工程：每年开展综合治理。",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");

        // The lead-in stays a sentence, not an item.
        document.Boxes.Single(b => b.Number == 1).Items.Select(i => i.Text.Text).ShouldBe(
            ["“一谷”：甲县建设“光电谷”，培育光电集群。", "“二谷”：乙区打造“药谷”，培育医药集群。", "“三谷”：丙区建设“数谷”。"]);
        document.Sentences.ShouldContain(s => s.Text.Text.StartsWith("聚焦关键领域", StringComparison.Ordinal));

        // Rows typed with spaces stay rows (they do not end a sentence, yet are not wrapped text); the header row is no item.
        var transport = document.Boxes.Single(b => b.Number == 2);
        transport.Items.Select(i => i.Text.Text).ShouldBe(["航空    某市机场三期工程", "轨道交通    某城际铁路、某市域铁路"]);
        transport.Items[1].Text.FirstLine.ShouldBe(11);

        document.Boxes.Single(b => b.Number == 3).Items.Count.ShouldBe(2);
        // One run-in line is prose, not a list.
        document.Boxes.Single(b => b.Number == 4).Items.ShouldBeEmpty();
    }

    [Fact]
    public void A_box_typed_one_cell_per_line_is_read_as_rows_under_its_header_cells()
    {
        var text = string.Join("\n",
            "一、推动区县发展",
            "专栏1 特色平台",
            "区县",
            "发展导向",
            "特色平台",
            "甲区",
            "聚焦创新立区，高质量建设现代化新型城区",
            "甲区经济技术开发区、甲湾新城",
            "乙县",
            "坚持生态立县，打造全域美丽标杆示范地",
            "乙县高新技术产业开发区",
            "二、保障措施",
            "加强组织领导，推动各项任务落实落细见到实效。",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");

        var box = document.Boxes.ShouldHaveSingleItem();
        box.Columns.ShouldBe(["区县", "发展导向", "特色平台"]);
        // A cell that does not end a sentence is not joined to the next one as wrapped text.
        box.Items.Select(i => i.Cells!.Select(c => c.Text).ToArray()).ShouldBe(
            [["甲区", "聚焦创新立区，高质量建设现代化新型城区", "甲区经济技术开发区、甲湾新城"], ["乙县", "坚持生态立县，打造全域美丽标杆示范地", "乙县高新技术产业开发区"]]);
        box.Items[1].Cells![2].FirstLine.ShouldBe(11);
        document.Outline.Children.ShouldContain(c => c.Heading == "保障措施");
    }

    [Fact]
    public void The_next_numbered_section_after_a_box_of_paragraphs_ends_the_box_but_a_numbered_box_keeps_its_items()
    {
        var text = string.Join("\n",
            "十、推动区域协调发展",
            "2.提升新城功能",
            "推动新城产城融合。",
            "专栏4 因城施策推动新城发展",
            "甲新城强化开放创新节点作用，培育医疗器械新动能。",
            "乙新城加强与示范区的战略联动，形成产业集群。",
            "3.培育提升战略地区发展新动能",
            "将沿江地区作为城市功能拓展的重要战略空间。",
            "4.推进乡村全面振兴",
            "专栏5 乡村振兴重点行动",
            "4.美丽家园行动",
            "5.幸福乐园行动",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");

        document.Outline.Descendants().Where(n => n.Kind == OutlineKind.Section).Select(n => n.Heading)
            .ShouldBe(["推动区域协调发展", "提升新城功能", "培育提升战略地区发展新动能", "推进乡村全面振兴"]);
        document.Boxes.Single(b => b.Number == 4).Items.ShouldBeEmpty();
        document.Boxes.Single(b => b.Number == 5).Items.Select(i => i.Numbering).ShouldBe(["4.", "5."]);
    }

    [Fact]
    public void D1_box_9_has_no_items_and_its_prose_is_read_as_sentences()
    {
        var d1 = Seeds.Read(Seeds.D1);
        d1.Boxes.Single(b => b.Number == 9).Items.ShouldBeEmpty();
        d1.Sentences.ShouldContain(s => s.Text.FirstLine == 544 && s.Text.Text.Contains("华富街道", StringComparison.Ordinal));
    }

    [Fact]
    public void A_task_table_one_cell_per_line_ends_after_its_last_full_row()
    {
        var text = string.Join("\n",
            "某省行动方案",
            "一、重点任务",
            "重点任务分工表",
            "序号", "重点任务", "牵头单位", "配合单位",
            "1", "开展数字化诊断服务", "省工业和信息化厅", "省财政厅",
            "2", "建设智能制造示范区", "市人民政府", "省科技厅",
            "二、保障措施",
            "加强组织领导。",
            "");
        var document = DocumentIngestor.Ingest(System.Text.Encoding.UTF8.GetBytes(text), "made-up.txt");

        var table = document.Tables.ShouldHaveSingleItem();
        table.HeaderRows.ShouldHaveSingleItem().Select(c => c.Text).ShouldBe(["序号", "重点任务", "牵头单位", "配合单位"]);
        table.Rows.Select(r => r.Cells.Select(c => c.Text).ToList()).ShouldBe([
            ["1", "开展数字化诊断服务", "省工业和信息化厅", "省财政厅"],
            ["2", "建设智能制造示范区", "市人民政府", "省科技厅"],
        ]);
        document.Outline.Descendants().ShouldContain(n => n.Kind == OutlineKind.Section && n.Heading == "保障措施");
    }

    [Fact]
    public void D1_table_has_24_indicator_rows_in_four_categories()
    {
        var table = Seeds.Read(Seeds.D1).Tables.ShouldHaveSingleItem();
        table.Title.ShouldBe("福田区“十四五”经济社会发展调控指标体系");
        table.Rows.Count.ShouldBe(24);
        table.Rows.Select(r => r.Category).Distinct().ShouldBe(["经济发展", "创新能力", "城区治理", "民生发展"]);
        var gdp = table.Rows[0].Cells.Select(c => c.Text).ToList();
        gdp.ShouldBe(["经济发展", "1", "地区生产总值", "亿元", "4800左右", "6600", "预期性"]);
        table.HeaderRows.ShouldHaveSingleItem().Select(c => c.Text).ShouldContain("2020年预计值");
        table.Rows.Select(r => r.Cells[1].Text).ShouldBe(Enumerable.Range(1, 24).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        table.Footnotes.ShouldHaveSingleItem().Text.ShouldStartWith("注：");
    }

    [Fact]
    public void D3_wrapped_table_has_7_rows_with_names_joined_and_split_categories()
    {
        var table = Seeds.Read(Seeds.D3).Tables.ShouldHaveSingleItem();
        table.Rows.Count.ShouldBe(7);
        table.Rows[0].Cells.Select(c => c.Text).ShouldBe(["1", "国家级高新技术企业数量（家）", "1313 （2020）", "2000"]);
        table.Rows[0].Category.ShouldBe("科技创新主体");
        table.Rows[3].Cells[1].Text.ShouldBe("全社会研发支出占GDP比重（%）");
        table.Rows[6].Cells.Select(c => c.Text).ShouldBe(["7", "市级以上众创空间（家）", "22", "30"]);
        table.Rows[6].Category.ShouldBe("科技创新服务体系");
    }

    [Fact]
    public void D4_tab_separated_table_has_23_rows_and_keeps_the_asterisk_and_its_footnote()
    {
        var table = Seeds.Read(Seeds.D4).Tables.ShouldHaveSingleItem();
        table.Rows.Count.ShouldBe(23);
        var circular = table.Rows.Single(r => r.Cells[1].Text.StartsWith("循环经济营收", StringComparison.Ordinal));
        circular.Cells[2].Text.ShouldBe("200*");
        circular.Cells[3].Text.ShouldBe("1000");
        table.Rows[0].Category.ShouldBe("发展贡献度");
        table.Rows.Select(r => r.Category).ShouldContain("创新活跃度");
        table.Footnotes.ShouldHaveSingleItem().Text.ShouldContain("2024 年数据");
    }
}

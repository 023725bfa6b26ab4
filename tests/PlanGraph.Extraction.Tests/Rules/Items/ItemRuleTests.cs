using System.Text;
using PlanGraph.Core;
using PlanGraph.Ingestion;
using Shouldly;

namespace PlanGraph.Extraction.Tests.Rules.Items;

/// <summary>Items listed under goals, boxes and programmes, and lists that name their parts, on made-up plans.</summary>
public sealed class ItemRuleTests
{
    private static GraphDocument Extract(params string[] lines)
        => GraphExtractor.Extract([DocumentIngestor.Ingest(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "plan.txt")]);

    private static List<string> Parts(GraphDocument graph, string name, string type = RelationshipTypes.PartOf)
    {
        var heads = graph.Nodes.Where(n => n.Name == name).Select(n => n.Id).ToHashSet();
        return [.. graph.Relationships.Where(r => r.Type == type && heads.Contains(r.To)).Select(r => graph.Nodes.Single(n => n.Id == r.From).Name).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_project_table_lists_projects_where_its_place_column_says_and_no_indicators()
    {
        var graph = Extract(
            "安吉县国民经济和社会发展第十五个五年规划纲要",
            "一、重点任务",
            "（一）推进产业升级。建设高端装备产业园。",
            "附表",
            "安吉县“十五五”重大项目表",
            "序号\t项目名称\t建设内容\t总投资（亿元）\t建设地点\t建设年限",
            "1\t竹产业科创园二期\t建设竹材加工研发载体20万平方米\t30\t递铺街道\t2026-2030",
            "2\t天荒坪抽水蓄能电站扩容工程\t新增装机60万千瓦\t45\t天荒坪镇、山川乡\t2026-2029");

        Parts(graph, "安吉县“十五五”重大项目表").ShouldBe(["天荒坪抽水蓄能电站扩容工程", "竹产业科创园二期"], ignoreOrder: true);
        Parts(graph, "递铺街道", RelationshipTypes.LocatedIn).ShouldBe(["竹产业科创园二期"]);
        Parts(graph, "山川乡", RelationshipTypes.LocatedIn).ShouldBe(["天荒坪抽水蓄能电站扩容工程"]);
        graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Indicator || n.Label == NodeLabels.Target);
    }

    [Fact]
    public void Numbered_run_in_titles_are_tasks_of_the_goal_that_lists_them()
    {
        var graph = Extract(
            "某省智慧交通建设三年行动计划（2025-2027年）",
            "一、建立数字底座，夯实数据基础",
            "（一）建立“数字路网”基座。汇聚道路、桥梁、隧道等全量数据，构建路网数据资产体系，统筹推进数据汇聚、治理与共享，支撑行业管理和公共服务的数字化转型，提升综合治理能力和服务水平。",
            "（二）建立“数字港航”基座。整合港口、航道数据，形成统一的港航数据库，统筹推进数据汇聚、治理与共享，支撑行业管理和公共服务的数字化转型，提升综合治理能力和服务水平。",
            "二、强化保障",
            "1.加快关键技术攻关。推动形成核心技术体系，统筹推进数据汇聚、治理与共享，支撑行业管理和公共服务的数字化转型，提升综合治理能力和服务水平。");
        Parts(graph, "建立数字底座，夯实数据基础").ShouldBe(["建立“数字港航”基座", "建立“数字路网”基座"], ignoreOrder: true);
        Parts(graph, "强化保障").ShouldBe(["加快关键技术攻关"]);
        graph.Relationships.Where(r => r.Evidence.Any(e => e.Rule == "goal.run-in-task")).Count().ShouldBe(3);
    }

    [Fact]
    public void Titled_paragraphs_under_a_two_level_task_list_and_labelled_headings_are_tasks()
    {
        var graph = Extract(
            "某区城市更新规划",
            "二、主要任务",
            "（一）“促发展”：优化商业资源",
            "推进商办楼宇建设。依据功能布局，推进楼宇群建设。",
            "实施存量楼宇更新。加强楼宇监测，提升出租率。",
            "（二）网络体系强基行动。",
            "1﹒推进工业互联网外网建设。支持基础电信企业加强网络建设，统筹推进数据汇聚、治理与共享，支撑行业管理和公共服务的数字化转型，提升综合治理能力和服务水平。");
        Parts(graph, "“促发展”：优化商业资源").ShouldBe(["实施存量楼宇更新", "推进商办楼宇建设"], ignoreOrder: true);
        Parts(graph, "网络体系强基行动").ShouldBe(["推进工业互联网外网建设"]);
    }

    [Fact]
    public void Titled_paragraphs_under_a_dotted_section_are_its_tasks()
    {
        var graph = Extract(
            "某市国民经济和社会发展第十五个五年规划纲要",
            "三、提升产业竞争力",
            "1.加快建设现代化产业体系",
            "1.1增创制造业发展新优势。",
            "推动传统产业转型升级。加快技术改造，扩大设备更新。",
            "加快发展先导产业。集成电路聚焦提高装备能级。",
            "1.2激活服务业新动力。",
            "推动生产性服务业高端化发展。推进两业融合。");
        Parts(graph, "增创制造业发展新优势").ShouldBe(["加快发展先导产业", "推动传统产业转型升级"], ignoreOrder: true);
        Parts(graph, "加快建设现代化产业体系").ShouldBe(["增创制造业发展新优势", "激活服务业新动力"], ignoreOrder: true);
    }

    [Fact]
    public void A_box_that_lays_fields_out_over_districts_lists_the_fields_where_they_lie()
    {
        var graph = Extract(
            "杭州市国民经济和社会发展第十五个五年规划纲要",
            "三、建设现代化产业体系",
            "1.强化重点产业集聚发展",
            "推动产业向重点区域集聚。",
            "专栏2 重点产业空间布局",
            "集成电路以滨江、萧山为核心打造产业创新带，建设集成电路产业集聚地。",
            "生物医药重点布局余杭、钱塘，加快建设生物医药产业集群。",
            "人工智能聚焦西湖、上城等核心承载区，打造人工智能产业高地。",
            "2.深入实施扩大内需战略",
            "推动消费提质。");
        Parts(graph, "重点产业空间布局").ShouldBe(["人工智能", "生物医药", "集成电路"]);
        List<string> Where(string field)
        {
            var project = graph.Nodes.Single(n => n.Label == NodeLabels.Project && n.Name == field).Id;
            return [.. graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn && r.From == project).Select(r => graph.Nodes.Single(n => n.Id == r.To).Name).Order(StringComparer.Ordinal)];
        }

        Where("集成电路").ShouldBe(["滨江区", "萧山区"]);
        Where("生物医药").ShouldBe(["余杭区", "钱塘区"]);
        Where("人工智能").ShouldBe(["上城区", "西湖区"]);
    }

    [Fact]
    public void A_pdf_table_of_works_by_field_lists_the_fields_and_their_works()
    {
        var graph = Extract(
            "天津市国民经济和社会发展第十五个五年规划纲要",
            "四、依法保障规划实施",
            "坚持依法制定规划。",
            "— 147 —",
            "附表",
            "“十五五”时期重大工程包",
            "序号 领域 重大工程",
            "1",
            "科技创新",
            "中心建设",
            "国家实验室体系平台建设、高校创新平台集群建设、",
            "产教融合创新平台示范等3项工程",
            "— 148 —",
            "序号 领域 重大工程",
            "2",
            "美丽天津",
            "建设",
            "再生水利用提升、垃圾综合处理等2",
            "项工程");
        Parts(graph, "“十五五”时期重大工程包").ShouldBe(["科技创新中心建设", "美丽天津建设"], ignoreOrder: true);
        Parts(graph, "科技创新中心建设").ShouldBe(["产教融合创新平台示范", "国家实验室体系平台建设", "高校创新平台集群建设"], ignoreOrder: true);
        Parts(graph, "美丽天津建设").ShouldBe(["垃圾综合处理", "再生水利用提升"], ignoreOrder: true);
        graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Indicator);
    }

    [Fact]
    public void A_bare_numbered_heading_is_spelt_out_by_the_short_titles_under_it_however_deep()
    {
        var graph = Extract(
            "湖北省工业互联网创新发展行动计划（2024-2026年）",
            "二、重点任务",
            "（五）融合应用创新行动。",
            "3﹒开展新模式推广。",
            "智能化制造。鼓励企业加大数字技术应用力度。",
            "网络化协同。支持企业间利用平台共享资源。",
            "4﹒提升安全生产水平。聚焦本质安全水平提升，构建基于工业互联网的安全感知、监测、预警体系。（责任单位：省应急厅）");
        Parts(graph, "开展新模式推广").ShouldBe(["智能化制造", "网络化协同"], ignoreOrder: true);
        Parts(graph, "融合应用创新行动").ShouldBe(["开展新模式推广", "提升安全生产水平"], ignoreOrder: true);
    }

    [Fact]
    public void A_box_whose_rows_open_with_areas_lists_the_areas_and_places_what_each_row_builds()
    {
        var graph = Extract(
            "合肥市国民经济和社会发展第十五个五年规划纲要",
            "第九章 推进新型城镇化",
            "第一节 推动新城差异化发展",
            "推进新城产业集聚。",
            "专栏9  “十五五”三大新城发展指引",
            "地区    指引内容",
            "庐阳新城    建设临空经济承载区，加快建设新城服务中心，完善生活配套。",
            "瑶海新城    以高端制造为主，推动智能制造基地建设，加快新城中心建设。",
            "包河新城    聚焦生命科学，打造国家一流高新区。");
        Parts(graph, "“十五五”三大新城发展指引").ShouldContain("庐阳新城");
        Parts(graph, "“十五五”三大新城发展指引").ShouldContain("瑶海新城");
        Parts(graph, "“十五五”三大新城发展指引").ShouldContain("包河新城");
        var place = graph.Nodes.Single(n => n.Name == "庐阳新城");
        place.Label.ShouldBe(NodeLabels.Place);
        var service = graph.Nodes.Single(n => n.Label == NodeLabels.Project && n.Name == "新城服务中心");
        graph.Relationships.ShouldContain(r => r.Type == RelationshipTypes.LocatedIn && r.From == service.Id && r.To == place.Id);
    }

    [Fact]
    public void A_box_of_paragraphs_that_open_with_areas_lists_the_areas()
    {
        var graph = Extract(
            "天津市国民经济和社会发展第十五个五年规划纲要",
            "第十章 优化城乡空间布局",
            "第二节 提升新城功能",
            "推动新城高质量发展。",
            "专栏4 因城施策推动新城发展",
            "静海新城强化高端装备产业集聚，提升综合服务功能。",
            "宁河新城加强与滨海新区联动，培育新能源产业集群。",
            "蓟州新城依托山水资源，发展文旅康养产业。",
            "推进各新城轨道交通建设。",
            "第三节 推进乡村振兴");
        Parts(graph, "因城施策推动新城发展").ShouldBe(["宁河新城", "蓟州新城", "静海新城"], ignoreOrder: true);
        graph.Nodes.Where(n => n.Name.EndsWith("新城", StringComparison.Ordinal)).ShouldAllBe(n => n.Label == NodeLabels.Place);
    }

    [Fact]
    public void A_box_of_paragraphs_that_name_areas_only_inside_lists_none()
    {
        var graph = Extract(
            "天津市国民经济和社会发展第十五个五年规划纲要",
            "第十章 优化城乡空间布局",
            "第二节 提升新城功能",
            "专栏4 新城发展方向",
            "加快静海新城综合服务中心建设。",
            "推进宁河新城产业园区提档升级。",
            "第三节 推进乡村振兴");
        graph.Nodes.ShouldNotContain(n => n.Name == "新城发展方向");
    }

    [Fact]
    public void A_quoted_label_makes_a_heading_a_task_list_whatever_its_verb()
    {
        var graph = Extract(
            "某区城市更新规划",
            "二、主要任务",
            "（一）“兴文脉”：赓续城市历史记忆",
            "构建保护传承体系。建立不可移动文物资源目录。",
            "深入开展文化传播。依托品牌活动强化文化宣传。",
            "（二）总体考虑：城市记忆延续",
            "推进街区更新。加快街坊保护更新。",
            "实施活化利用。推动历史建筑开放。");
        Parts(graph, "“兴文脉”：赓续城市历史记忆").ShouldBe(["构建保护传承体系", "深入开展文化传播"], ignoreOrder: true);
        graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Goal && n.Name.StartsWith("总体考虑", StringComparison.Ordinal));
    }

    [Fact]
    public void A_box_titled_as_a_programme_holds_its_items_and_supports_its_goal()
    {
        var graph = Extract(
            "某市国民经济和社会发展第十五个五年规划纲要",
            "第一章 建设现代化产业体系",
            "第一节 做强支柱产业",
            "推动支柱产业提质增效。",
            "专栏",
            "2",
            "支柱产业发展重点行动",
            "01",
            "汽车",
            "重点发展智能汽车整车研发制造。",
            "02",
            "电子信息",
            "重点发展新型显示核心元器件。",
            "　　推动其他产业加快发展。");
        var programme = graph.Nodes.Single(n => n.Name == "支柱产业发展重点行动");
        programme.Properties["category"].ShouldBe("programme");
        Parts(graph, "支柱产业发展重点行动").ShouldBe(["汽车", "电子信息"], ignoreOrder: true);
        Parts(graph, "做强支柱产业", RelationshipTypes.Supports).ShouldContain("支柱产业发展重点行动");
    }

    [Fact]
    public void A_counted_name_gets_the_parts_the_text_lists_for_it_when_the_count_matches()
    {
        var graph = Extract(
            "某县乡村振兴规划（2021-2025年）",
            "一、重点工作",
            "规划提出实施三大工程：“农田提升工程”、“人居环境改善工程”和“人才回引工程”。",
            "规划提出四大战略：",
            "第一是“创新驱动战略”。以创新引领发展。",
            "第二是“绿色发展战略”。推动绿色转型。",
            "第三是“开放合作战略”。扩大合作。",
            "第四是“共同富裕战略”。促进共同富裕。",
            "通过建设产业服务、企业服务与安全服务三大平台，服务企业发展。",
            "统筹推进两大任务和五项改革。");
        Parts(graph, "三大工程").ShouldBe(["人才回引工程", "人居环境改善工程", "农田提升工程"], ignoreOrder: true);
        Parts(graph, "四大战略").ShouldBe(["共同富裕战略", "创新驱动战略", "开放合作战略", "绿色发展战略"], ignoreOrder: true);
        Parts(graph, "三大平台").ShouldBe(["产业服务平台", "企业服务平台", "安全服务平台"], ignoreOrder: true);
        graph.Nodes.ShouldNotContain(n => n.Name == "两大任务" || n.Name == "五项改革");
    }

    [Fact]
    public void Works_listed_with_their_count_are_parts_of_the_row_field_and_the_package()
    {
        var graph = Extract(
            "某市“十五五”规划纲要",
            "第一章 推进重大工程建设",
            "加快重大项目建设。",
            "附表",
            "“十五五”时期重大工程包",
            "1",
            "生态文明",
            "建设",
            "湿地保护修复、城市绿道网络建设、",
            "污水处理提质增效等3项工程",
            "2",
            "民生保障",
            "优质学校建设、医院扩容等2项工程");
        Parts(graph, "生态文明建设").ShouldBe(["城市绿道网络建设", "污水处理提质增效", "湿地保护修复"], ignoreOrder: true);
        Parts(graph, "“十五五”时期重大工程包").ShouldBe(["民生保障", "生态文明建设"], ignoreOrder: true);
    }

    [Fact]
    public void A_box_of_fields_or_platforms_lists_the_noun_phrases_its_items_open_with_but_not_places()
    {
        var graph = Extract(
            "某市国民经济和社会发展第十五个五年规划纲要",
            "第一章 建设现代化产业体系",
            "第一节 提升服务业能级",
            "推动服务业提质增效。",
            "专栏 2 服务业发展重点领域",
            "1. 创新引领型服务。构建覆盖产品生产全周期的科技服务体系，提升技术研发服务能力。",
            "2. 全链集成型服务。加快培育平台型、综合性供应链服务企业，提升服务能力。",
            "3. 滨江片区。推进产城融合，完善公共服务配套。",
            "第二节 建设创新平台",
            "推动创新平台建设。",
            "专栏3 “十五五”科技创新平台载体",
            "1．高水平实验室矩阵：支持省实验室争创国家实验室，推进重点实验室建设，提升原始创新能力。",
            "2．重大科技基础设施：建设未来网络试验设施、原子级制造重大科技基础设施。",
            "第二章 保障措施");
        Parts(graph, "服务业发展重点领域").ShouldBe(["全链集成型服务", "创新引领型服务"]);
        Parts(graph, "“十五五”科技创新平台载体").ShouldContain("高水平实验室矩阵");
        // A title over a bare list ("重大科技基础设施：A、B。") is the list's category; the list gives the names.
        Parts(graph, "“十五五”科技创新平台载体").ShouldContain("未来网络试验设施");
    }

    [Fact]
    public void A_box_item_lies_in_the_districts_of_the_documents_own_city_its_text_names_not_in_places_elsewhere()
    {
        var graph = Extract(
            "宁波市国民经济和社会发展第十五个五年规划纲要",
            "第一章 建设创新高地",
            "第一节 提高成果转化效能",
            "推动科技成果转化。",
            "专栏2 科技成果转化孵化平台",
            "1. 成果转化集聚区。推进鄞州区智能制造、北仑区高端装备等市级成果转化集聚区建设，对标上海、深圳打造转化高地。",
            "第二章 保障措施");
        var area = graph.Nodes.Single(n => n.Label == NodeLabels.Project && n.Name == "成果转化集聚区").Id;
        var places = graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn && r.From == area)
            .Select(r => graph.Nodes.Single(n => n.Id == r.To).Name).Order(StringComparer.Ordinal).ToList();
        places.ShouldBe(["北仑区", "鄞州区"]);
    }

    [Fact]
    public void A_task_numbered_by_chapter_and_item_keeps_its_name_without_the_number()
    {
        var graph = Extract(
            "某市国民经济和社会发展第十五个五年规划纲要",
            "五、建设健康城市",
            "5.1完善公共卫生体系。健全疾病预防控制网络，提升应急处置能力。",
            "5.2促进医养康养衔接融合。推进医疗机构与养老机构合作，发展社区嵌入式服务。");
        graph.Nodes.Where(n => n.Label == NodeLabels.Goal).Select(n => n.Name).ShouldContain("促进医养康养衔接融合");
        graph.Nodes.ShouldNotContain(n => n.Name.StartsWith("2促进", StringComparison.Ordinal));
    }

    [Fact]
    public void Unnumbered_box_items_name_quoted_places_rows_defined_labels_and_stage_lists()
    {
        var graph = Extract(
            "苏州市国民经济和社会发展第十五个五年规划纲要",
            "第一章 建设人工智能产业集群",
            "专栏1  “三谷”产业集聚区",
            "“一谷”：常熟市建设“光电智谷”，培育光电集群。",
            "“二谷”：吴中区打造“具身药谷”，培育医药集群。",
            "第二章 完善交通网络",
            "专栏2  交通设施重大项目",
            "类型    项目名称",
            "航空    某市禄口国际机场三期工程",
            "航道    秦淮河航道整治工程、芜申线改造工程",
            "第三章 建设创新枢纽",
            "专栏3  “两城两港”创新枢纽",
            "1．“两城”：指紫金山科技城和麒麟科技城，重点聚焦战略科技力量培育。",
            "2．“两港”：指长三角智能制造与装备创新港和六合产业科技创新港，重点深化协同。",
            "第四章 打通断头路",
            "专栏4  断头路建设项目",
            "续建工程：上高路（二期）工程，兴隆大街建设工程。",
            "新建工程：水西门大街西延道路（清河路—燕山路）。");

        // A quoted name after a building verb is the item's name, and the item lies in the place it opens with.
        Parts(graph, "“三谷”产业集聚区").ShouldBe(["光电智谷", "具身药谷"], ignoreOrder: true);
        var located = graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn)
            .Select(r => (graph.Nodes.Single(n => n.Id == r.From).Name, graph.Nodes.Single(n => n.Id == r.To).Name)).ToList();
        located.ShouldContain(("光电智谷", "常熟市"));
        located.ShouldContain(("具身药谷", "吴中区"));
        graph.Nodes.ShouldNotContain(n => n.Name.Contains("一谷", StringComparison.Ordinal));

        // A row's first cell is its category, the other cell lists the names; the header row is none.
        Parts(graph, "交通设施重大项目").ShouldBe(["某市禄口国际机场三期工程", "秦淮河航道整治工程", "芜申线改造工程"], ignoreOrder: true);

        // "“两城”：指A和B" names A and B (with 与 inside a name); a box titled without a programme word still lists them.
        Parts(graph, "“两城两港”创新枢纽").ShouldBe(["紫金山科技城", "麒麟科技城", "长三角智能制造与装备创新港", "六合产业科技创新港"], ignoreOrder: true);

        // A stage label is a category over its list, and 建设 inside a name stays in it.
        Parts(graph, "断头路建设项目").ShouldBe(["上高路（二期）工程", "兴隆大街建设工程", "水西门大街西延道路（清河路—燕山路）"], ignoreOrder: true);
        graph.Nodes.ShouldNotContain(n => n.Name == "续建工程" || n.Name == "新建工程");
    }

    [Fact]
    public void A_box_typed_as_a_table_one_cell_per_line_lists_the_platforms_of_each_district()
    {
        var graph = Extract(
            "杭州市国民经济和社会发展第十五个五年规划纲要",
            "第一章 推动西部区县发展",
            "专栏1 西部区、县（市）特色平台",
            "区、县（市）",
            "发展导向",
            "特色平台",
            "富阳区",
            "聚焦“高水平打造现代版富春山居图”，高质量建设现代化新型城区",
            "富阳经济技术开发区、富春湾新城、滨富特别合作区",
            "临安区",
            "坚持产业强区、富民安区，持续擦亮科创、文化、生态三张“金名片”",
            "青山湖科技城、中国存谷",
            "第二章 保障措施");

        // The column 特色平台 names projects; the direction column names none; each lies in its row's district.
        Parts(graph, "西部区、县（市）特色平台").ShouldBe(["富阳经济技术开发区", "富春湾新城", "滨富特别合作区", "青山湖科技城", "中国存谷"], ignoreOrder: true);
        var located = graph.Relationships.Where(r => r.Type == RelationshipTypes.LocatedIn && r.Evidence.Any(e => e.Rule == "project.box-row"))
            .Select(r => (graph.Nodes.Single(n => n.Id == r.From).Name, graph.Nodes.Single(n => n.Id == r.To).Name)).ToList();
        located.ShouldBe([("富阳经济技术开发区", "富阳区"), ("富春湾新城", "富阳区"), ("滨富特别合作区", "富阳区"), ("青山湖科技城", "临安区"), ("中国存谷", "临安区")], ignoreOrder: true);
        graph.Nodes.ShouldNotContain(n => n.Label == NodeLabels.Project && n.Name.StartsWith("聚焦", StringComparison.Ordinal));
    }
}

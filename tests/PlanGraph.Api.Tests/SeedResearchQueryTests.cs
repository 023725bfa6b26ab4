using System.Text.Json.Nodes;
using PlanGraph.Neo4j;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Research questions asked over HTTP of the API serving the five extracted seed documents. Every expected
/// answer was checked by hand in the seed text (file and line next to each assertion; D0 = the 2017-2035
/// interpretation, D1 = the 14th five-year plan outline, D2 = the 2021 reply, D3 = the sci-tech 14th plan,
/// D4 = the CBD 15th plan draft). Assertions name facts the documents state, so they stay true as the
/// extraction finds more.
/// </summary>
public sealed class SeedResearchQueryTests(SeedApi api) : IClassFixture<SeedApi>
{
    private const string Outline = "福田区“十四五”规划纲要";
    private const string SciTech = "福田区科技创新“十四五”规划";
    private const string Cbd = "福田区中央商务区“十五五”规划";

    private static readonly CypherStatement ForgetEvidenceOrder = new(
        "test.seed.forget-evidence-order", "MATCH (e:Evidence) REMOVE e.orderKey RETURN count(e) AS evidence");

    private static readonly CypherStatement EvidenceWithoutOrderKey = new(
        "test.seed.evidence-without-order-key", "MATCH (e:Evidence) WHERE e.orderKey IS NULL RETURN count(e) AS evidence");

    private static List<string> Names(JsonNode? connection) => [.. connection!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];

    private static JsonNode Single(JsonObject data, string field) => data[field]!["nodes"]!.AsArray().ShouldHaveSingleItem()!;

    // ---- Documents and plans ----

    [Fact]
    public async Task Each_plan_document_describes_its_plan_with_period_and_status()
    {
        var data = await api.DataAsync("{ documents(order: [{fileName: ASC}]) { totalCount nodes { fileName kind describes { nodes { name startYear endYear status level date } } } } }");
        data["documents"]!["totalCount"]!.GetValue<int>().ShouldBe(5);
        var byFile = data["documents"]!["nodes"]!.AsArray().ToDictionary(d => d!["fileName"]!.GetValue<string>(), d => d!);

        // D4:1 "福田区中央商务区“十五五”规划（草案）": 十五五 = 2026-2030, a draft.
        var cbd = byFile["futian-cbd-15th-five-year-plan-draft-2026.txt"]["describes"]!["nodes"]![0]!;
        (cbd["name"]!.GetValue<string>(), cbd["startYear"]!.GetValue<int>(), cbd["endYear"]!.GetValue<int>(), cbd["status"]!.GetValue<string>())
            .ShouldBe((Cbd, 2026, 2030, "draft"));
        cbd["date"]!.GetValue<string>().ShouldBe("2026-04"); // D4:5 "2026年4月" on the cover

        // D0:1 the interpretation of the plan "（2017-2035年）".
        var d0 = byFile["futian-modern-industry-plan-2017-2035-interpretation.txt"];
        d0["kind"]!.GetValue<string>().ShouldBe("interpretation");
        d0["describes"]!["nodes"]![0]!["startYear"]!.GetValue<int>().ShouldBe(2017);
        d0["describes"]!["nodes"]![0]!["endYear"]!.GetValue<int>().ShouldBe(2035);

        // D2 is a reply to a deputy's suggestion: it describes no plan.
        byFile["futian-industrial-parks-suggestion-reply-2021.txt"]["kind"]!.GetValue<string>().ShouldBe("reply");
        byFile["futian-industrial-parks-suggestion-reply-2021.txt"]["describes"]!["nodes"]!.AsArray().ShouldBeEmpty();

        // D3:1 福田区科技创新“十四五”规划: 2021-2025, final.
        var d3 = byFile["futian-sci-tech-innovation-14th-five-year-plan.txt"]["describes"]!["nodes"]![0]!;
        (d3["name"]!.GetValue<string>(), d3["startYear"]!.GetValue<int>(), d3["endYear"]!.GetValue<int>(), d3["status"]!.GetValue<string>()).ShouldBe((SciTech, 2021, 2025, "final"));
    }

    [Fact]
    public async Task Plans_with_their_period_in_a_range_are_filtered_and_ordered()
    {
        var data = await api.DataAsync("{ plans(where: {startYear: {gte: 2021}, endYear: {lte: 2025}, describedBy: {some: {}}}, order: [{name: ASC}]) { nodes { name } } }");

        // D1 (十四五 outline) and D3 (sci-tech 十四五) are the described plans of 2021-2025; D4 is 2026-2030.
        Names(data["plans"]).ShouldBe([Outline, SciTech], ignoreOrder: true);
    }

    [Fact]
    public async Task The_interpretation_names_the_plans_its_plan_is_based_on()
    {
        // D0 "制定《规划》的主要依据是什么？" lists the national, provincial and city plans it rests on,
        // among them 《深圳市国民经济和社会发展第十三个五年规划纲要》.
        var data = await api.DataAsync("""{ plans(where: {describedBy: {some: {kind: {eq: "interpretation"}}}}) { nodes { name basedOn(first: 100) { totalCount nodes { name } } } } }""");
        var plan = Single(data, "plans");
        plan["basedOn"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(15);
        Names(plan["basedOn"]).ShouldContain(n => n.Contains("深圳市国民经济和社会发展第十三个五年规划纲要", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reply_cites_the_suggestion_it_answers_and_is_issued_by_the_science_bureau()
    {
        // D2:1 "关于对 JY 20210042《关于提升产业园区建设及运营环境的建议》的回复", signed 福田区科技创新局 (D2:66).
        var data = await api.DataAsync("""{ documents(where: {kind: {eq: "reply"}}) { nodes { title issuer date mentions(where: {name: {eq: "福田区科技创新局"}}) { nodes { __typename name } } } } }""");
        var reply = Single(data, "documents");
        reply["title"]!.GetValue<string>().ShouldContain("关于提升产业园区建设及运营环境的建议");
        (reply["issuer"]!.GetValue<string>(), reply["date"]!.GetValue<string>()).ShouldBe(("福田区科技创新局", "2021-06-21")); // D2:66-68
        reply["mentions"]!["nodes"]![0]!["__typename"]!.GetValue<string>().ShouldBe("Institution");
    }

    [Fact]
    public async Task A_node_is_found_again_by_its_id()
    {
        var data = await api.DataAsync($$$"""{ plans(where: {name: {eq: "{{{SciTech}}}"}}) { nodes { id } } }""");
        var id = Single(data, "plans")["id"]!.GetValue<string>();
        var node = await api.DataAsync("query($id: ID!) { node(id: $id) { __typename id name ... on Plan { endYear } } }", new { id });
        node["node"]!["__typename"]!.GetValue<string>().ShouldBe("Plan");
        node["node"]!["name"]!.GetValue<string>().ShouldBe(SciTech);
        node["node"]!["endYear"]!.GetValue<int>().ShouldBe(2025);
        (await api.DataAsync("""{ node(id: "plan:does-not-exist") { id } }"""))["node"].ShouldBeNull();
    }

    // ---- Indicators and targets ----

    [Fact]
    public async Task The_outline_sets_gdp_from_about_4800_to_6600_billion_yuan()
    {
        // D1:60-64 table row: 地区生产总值 | 亿元 | 4800左右 | 6600 | 预期性.
        var data = await api.DataAsync("""{ plans(where: {name: {eq: "PLAN"}}) { nodes { targets(where: {indicator: {some: {name: {eq: "地区生产总值"}}}}, order: [{year: ASC}]) { nodes { kind year value valueText comparator unit evidence { firstLine quote } } } } } }""".Replace("PLAN", Outline, StringComparison.Ordinal));
        var targets = Single(data, "plans")["targets"]!["nodes"]!.AsArray();
        targets.Count.ShouldBe(2);
        (targets[0]!["kind"]!.GetValue<string>(), targets[0]!["year"]!.GetValue<int>(), targets[0]!["valueText"]!.GetValue<string>(), targets[0]!["value"]!.GetValue<double>())
            .ShouldBe(("baseline", 2020, "4800左右", 4800d));
        targets[0]!["comparator"]!.GetValue<string>().ShouldBe("≈");
        (targets[1]!["kind"]!.GetValue<string>(), targets[1]!["year"]!.GetValue<int>(), targets[1]!["value"]!.GetValue<double>()).ShouldBe(("target", 2025, 6600d));
        targets[1]!["unit"]!.GetValue<string>().ShouldBe("亿元");
        targets[0]!["evidence"]![0]!["firstLine"]!.GetValue<int>().ShouldBe(62);
        targets[1]!["evidence"]![0]!["quote"]!.GetValue<string>().ShouldBe("6600");
    }

    [Fact]
    public async Task An_indicator_carries_unit_category_and_attribute()
    {
        // D1:60-64: 地区生产总值, 亿元, under 经济发展, 预期性.
        var data = await api.DataAsync("""{ indicators(where: {name: {eq: "地区生产总值"}}) { nodes { unit category attribute } } }""");
        var indicator = Single(data, "indicators");
        (indicator["unit"]!.GetValue<string>(), indicator["category"]!.GetValue<string>(), indicator["attribute"]!.GetValue<string>()).ShouldBe(("亿元", "经济发展", "预期性"));
    }

    [Fact]
    public async Task The_sci_tech_plan_sets_its_table_and_its_doubling_plans()
    {
        // D3 表1 (lines 675-732): seven indicators, each with a 2020 (or current) value and a 2025 target. The five
        // 倍增计划 (D3:580-645) add five more quantities in sentences ("到2023年，…从2020年的1430家增至1800家；
        // 到2025年，…递增至2000家"), each with a baseline, a 2023 and a 2025 value, and a 2023 value (400家) for
        // the table's 创新载体数量, which D3:602 calls 全区各类创新载体总建设目标.
        var data = await api.DataAsync($$$"""{ plans(where: {name: {eq: "{{{SciTech}}}"}}) { nodes { indicators { totalCount } targets(first: 100) { totalCount nodes { indicator { name } kind year valueText evidence { rule } } } } } }""");
        var plan = Single(data, "plans");
        plan["indicators"]!["totalCount"]!.GetValue<int>().ShouldBe(12);
        plan["targets"]!["totalCount"]!.GetValue<int>().ShouldBe(30);
        var targets = plan["targets"]!["nodes"]!.AsArray();
        var fromTable = targets.Where(t => t!["evidence"]!.AsArray().Any(e => e!["rule"]!.GetValue<string>() == "target.table-cell")).ToList();
        fromTable.Count.ShouldBe(14);
        fromTable.Select(t => t!["indicator"]!["name"]!.GetValue<string>()).Distinct().Count().ShouldBe(7);
        targets.Where(t => t!["indicator"]!["name"]!.GetValue<string>() == "纳入深圳市战略性新兴产业名录的企业")
            .Select(t => (t!["kind"]!.GetValue<string>(), t["year"]!.GetValue<int>(), t["valueText"]!.GetValue<string>()))
            .ShouldBe([("baseline", 2020, "1430家"), ("target", 2023, "1800家"), ("target", 2025, "2000家")], ignoreOrder: true);
        targets.ShouldContain(t => t!["indicator"]!["name"]!.GetValue<string>() == "创新载体数量" && t["year"]!.GetValue<int>() == 2023 && t["valueText"]!.GetValue<string>() == "400家");
    }

    [Fact]
    public async Task National_high_tech_enterprises_grow_from_1313_to_2000_in_both_plans()
    {
        // D3:688-692 国家级高新技术企业数量（家） 1313（2020） → 2000, and D1:108-111 国家级高新企业数 1313 → 2000:
        // one indicator (the alias table joins the two names), the same values set by two plans.
        var data = await api.DataAsync("""{ indicators(where: {name: {startsWith: "国家级高新技术企业数量"}}) { nodes { unit aliases targets(order: [{year: ASC}]) { nodes { year value plan { name } } } } } }""");
        var indicator = Single(data, "indicators");
        indicator["unit"]!.GetValue<string>().ShouldBe("家");
        indicator["aliases"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain("国家级高新企业数");
        var values = indicator["targets"]!["nodes"]!.AsArray().Select(t => (t!["plan"]!["name"]!.GetValue<string>(), t["year"]!.GetValue<int>(), t["value"]!.GetValue<double>())).ToList();
        values.ShouldBe([(Outline, 2020, 1313d), (SciTech, 2020, 1313d), (Outline, 2025, 2000d), (SciTech, 2025, 2000d)], ignoreOrder: true);
    }

    [Fact]
    public async Task Two_plans_agree_on_the_research_spending_share_and_both_values_are_kept()
    {
        // D1:92-96 and D3:714-718: 全社会研发支出占GDP比重 1.45 (2020) → 2.0 (2025) in both plans.
        var data = await api.DataAsync("""{ targets(where: {kind: {eq: "target"}, indicator: {some: {name: {eq: "全社会研发支出占GDP比重"}}}}) { nodes { year value plan { name } } } }""");
        var targets = data["targets"]!["nodes"]!.AsArray();
        targets.Select(t => t!["plan"]!["name"]!.GetValue<string>()).ShouldBe([Outline, SciTech], ignoreOrder: true);
        targets.ShouldAllBe(t => t!["year"]!.GetValue<int>() == 2025 && t["value"]!.GetValue<double>() == 2.0);
    }

    [Fact]
    public async Task A_target_set_by_the_city_has_text_but_no_number()
    {
        // D1:175 "以市下达任务为准" (the city sets it): the verbatim text is kept, the value is null.
        var data = await api.DataAsync("""{ targets(where: {valueText: {eq: "以市下达任务为准"}}) { totalCount nodes { value indicator { name } } } }""");
        data["targets"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(3);
        data["targets"]!["nodes"]!.AsArray().ShouldAllBe(t => t!["value"] == null);
    }

    [Fact]
    public async Task The_draft_marks_2024_data_with_a_star()
    {
        // D4's table marks 2024 figures with "*" (footnote: 2024 年数据): such a baseline is dated 2024, with the note.
        var data = await api.DataAsync("""{ targets(where: {valueText: {endsWith: "*"}}) { totalCount nodes { year note plan { name } } } }""");
        data["targets"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(0);
        data["targets"]!["nodes"]!.AsArray().ShouldAllBe(t => t!["year"]!.GetValue<int>() == 2024 && t["plan"]!["name"]!.GetValue<string>() == Cbd);
    }

    [Fact]
    public async Task Targets_for_2030_all_come_from_the_fifteenth_plan()
    {
        var data = await api.DataAsync("{ targets(where: {year: {eq: 2030}}) { totalCount nodes { plan { name } } } }");
        data["targets"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(10);
        data["targets"]!["nodes"]!.AsArray().ShouldAllBe(t => t!["plan"]!["name"]!.GetValue<string>() == Cbd);
    }

    [Fact]
    public async Task Indicators_are_ordered_by_how_many_plans_set_them()
    {
        var data = await api.DataAsync("{ indicators(order: [{plansCount: DESC}, {name: ASC}], first: 3) { nodes { name plans { totalCount } } } }");
        var counts = data["indicators"]!["nodes"]!.AsArray().Select(i => i!["plans"]!["totalCount"]!.GetValue<int>()).ToList();
        counts.ShouldBe(counts.OrderDescending().ToList());
        counts[0].ShouldBe(2, "全社会研发支出占GDP比重 is set by D1 and D3");
    }

    // ---- Goals and projects ----

    [Fact]
    public async Task Projects_supporting_the_hetao_goal_include_those_of_its_sub_goals()
    {
        // D1:270 "规划建设好河套深港科技创新合作区" has sub-goals; its 专栏2 (D1:279-286) lists the park's projects,
        // among them 南开大学-牛津大学联合研究院（深圳） (D1:281) and VCSEL光芯片项目 (D1:285).
        var data = await api.DataAsync("""{ goals(where: {name: {eq: "规划建设好河套深港科技创新合作区"}}) { nodes { projects { totalCount } subGoals { totalCount } projectsIncludingSubGoals(first: 100) { totalCount nodes { name } } } } }""");
        var goal = Single(data, "goals");
        goal["subGoals"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(2);
        var projects = Names(goal["projectsIncludingSubGoals"]);
        projects.ShouldContain("南开大学-牛津大学联合研究院（深圳）");
        projects.ShouldContain("VCSEL光芯片项目");
        goal["projectsIncludingSubGoals"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(goal["projects"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Places_hosting_the_hetao_projects_include_the_park()
    {
        // D1:279 专栏2 "河套深港科技创新合作区深圳园区重点项目和平台": its projects are in the Shenzhen park.
        var data = await api.DataAsync("""{ goals(where: {name: {eq: "规划建设好河套深港科技创新合作区"}}) { nodes { places { nodes { name type } } } } }""");
        Names(Single(data, "goals")["places"]).ShouldContain("河套深港科技创新合作区深圳园区");
    }

    [Fact]
    public async Task A_box_action_supports_the_goal_its_box_title_repeats()
    {
        // D4:319-321 专栏1 "建设全球一流特色商圈重点行动", item "顶奢商圈破冰行动" (D4:325) under （一）建设全球一流特色商圈.
        var data = await api.DataAsync("""{ projects(where: {name: {eq: "顶奢商圈破冰行动"}}) { nodes { category goals { nodes { name plan { name } } edges { evidence { documentId firstLine quote } } } } } }""");
        var project = Single(data, "projects");
        var goal = project["goals"]!["nodes"]![0]!;
        goal["name"]!.GetValue<string>().ShouldBe("建设全球一流特色商圈");
        goal["plan"]!["name"]!.GetValue<string>().ShouldBe(Cbd);
        var evidence = project["goals"]!["edges"]![0]!["evidence"]![0]!;
        evidence["firstLine"]!.GetValue<int>().ShouldBe(325);
        evidence["quote"]!.GetValue<string>().ShouldContain("顶奢商圈破冰行动");
    }

    [Fact]
    public async Task The_top_resources_box_supports_the_task_it_sits_under()
    {
        // D3:962 "3.加速集聚全球一流科技创新资源", then 专栏3 (D3:977) listing 西门子深圳能源创新中心 (D3:1025).
        var data = await api.DataAsync("""{ goals(where: {name: {eq: "加速集聚全球一流科技创新资源"}}) { nodes { plan { name } parentGoals { nodes { name } } projects(first: 100) { nodes { name category } } } } }""");
        var goal = Single(data, "goals");
        goal["plan"]!["name"]!.GetValue<string>().ShouldBe(SciTech);
        Names(goal["parentGoals"]).ShouldBe(["高标准规划建设好河套深港科技创新合作区，打造科技创新新引擎"]);
        var projects = goal["projects"]!["nodes"]!.AsArray();
        projects.Select(p => p!["name"]!.GetValue<string>()).ShouldContain("西门子深圳能源创新中心");
        projects.Single(p => p!["name"]!.GetValue<string>() == "VCSEL光芯片项目")!["category"]!.GetValue<string>().ShouldBe("微电子");
    }

    [Fact]
    public async Task A_wrapped_heading_is_one_goal_with_its_sub_goals()
    {
        // D3:736-738 "（一）高标准规划建设好河套深港科技创新合作区，打造科" + "技创新新引擎", with tasks 1.-6. below (D3:758…).
        var data = await api.DataAsync("""{ goals(where: {name: {startsWith: "高标准规划建设好河套深港科技创新合作区"}}) { nodes { name subGoals { nodes { name } } } } }""");
        var goal = Single(data, "goals");
        goal["name"]!.GetValue<string>().ShouldBe("高标准规划建设好河套深港科技创新合作区，打造科技创新新引擎");
        Names(goal["subGoals"]).ShouldContain("加快夯实合作区科技创新基础能力");
        Names(goal["subGoals"]).ShouldContain("加快打造科技成果中试熟化基地");
    }

    [Fact]
    public async Task Goals_with_no_project_are_listed_and_the_hetao_goal_is_not_among_them()
    {
        var data = await api.DataAsync("{ goals(where: {projectsIncludingSubGoals: {none: {}}}, first: 1000) { totalCount nodes { name } } }");
        data["goals"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(0);
        Names(data["goals"]).ShouldNotContain("规划建设好河套深港科技创新合作区");
        Names(data["goals"]).ShouldNotContain("建设全球一流特色商圈");
    }

    [Fact]
    public async Task Goals_are_ordered_by_their_number_of_projects()
    {
        var data = await api.DataAsync("{ goals(order: [{projectsCount: DESC}], first: 5) { nodes { name projects { totalCount } } } }");
        var counts = data["goals"]!["nodes"]!.AsArray().Select(g => g!["projects"]!["totalCount"]!.GetValue<int>()).ToList();
        counts.ShouldBe(counts.OrderDescending().ToList());
        counts[0].ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public async Task A_projects_evidence_quotes_the_line_that_names_it()
    {
        // D1:285 "5.微电子。深圳智芯微电子科技有限公司、…、VCSEL光芯片项目、…"
        var data = await api.DataAsync("""{ projects(where: {name: {eq: "VCSEL光芯片项目"}}) { nodes { category evidence { documentId firstLine lastLine quote rule sectionPath } mentionedIn { nodes { fileName } } } } }""");
        var project = Single(data, "projects");
        project["category"]!.GetValue<string>().ShouldBe("微电子");
        // D3:1013 lists it too, wrapped as "VCSEL 光芯" + "片项目": the same project, with evidence from both.
        var evidence = project["evidence"]!.AsArray().Single(e => e!["firstLine"]!.GetValue<int>() == 285)!;
        project["evidence"]!.AsArray().Select(e => e!["firstLine"]!.GetValue<int>()).ShouldContain(1013);
        evidence["quote"]!.GetValue<string>().ShouldContain("VCSEL光芯片项目");
        evidence["rule"]!.GetValue<string>().ShouldBe("project.box-item");
    }

    [Fact]
    public async Task Research_fields_in_box_prose_are_not_projects_but_the_platform_is()
    {
        // D3:794 "（2）医疗科技条件平台。在药物基因组学、合成生物学、基因技术…领域，持续建设…": the platform is a
        // project; 合成生物学 and 基因技术 are fields of research.
        var data = await api.DataAsync("""{ projects(where: {name: {in: ["医疗科技条件平台", "合成生物学", "基因技术"]}}) { nodes { name } } }""");
        Names(data["projects"]).ShouldBe(["医疗科技条件平台"]);
    }

    [Fact]
    public async Task A_computing_centre_relies_on_two_institutions_as_hosts()
    {
        // D3:946-948 "（4）粤港澳大湾区数字经济算力中心。该项目依托鹏城实验室和粤港澳大湾区数字经济研究院（福田）建设及运行".
        var data = await api.DataAsync("""{ projects(where: {name: {eq: "粤港澳大湾区数字经济算力中心"}}) { nodes { institutions { edges { role node { name type } evidence { firstLine } } } } } }""");
        var edges = Single(data, "projects")["institutions"]!["edges"]!.AsArray();
        edges.Select(e => (e!["node"]!["name"]!.GetValue<string>(), e["role"]!.GetValue<string>()))
            .ShouldBe([("鹏城实验室", "host"), ("粤港澳大湾区数字经济研究院（福田）", "host")], ignoreOrder: true);
    }

    [Fact]
    public async Task The_fintech_platform_works_with_the_central_bank_as_partner()
    {
        // D3:870-872 "（7）金融科技条件平台。…联合中国人民银行、中国社会科学院以及香港高校科研机构等".
        var data = await api.DataAsync("""{ institutions(where: {name: {eq: "中国人民银行"}}) { nodes { type projects { edges { role node { name } } } } } }""");
        var bank = Single(data, "institutions");
        bank["type"]!.GetValue<string>().ShouldBe("government");
        var edge = bank["projects"]!["edges"]!.AsArray().Single(e => e!["node"]!["name"]!.GetValue<string>() == "金融科技条件平台")!;
        edge["role"]!.GetValue<string>().ShouldBe("partner");
    }

    [Fact]
    public async Task Projects_in_a_place_are_found_through_a_relationship_filter()
    {
        var data = await api.DataAsync("""{ projects(where: {places: {some: {name: {eq: "河套深港科技创新合作区深圳园区"}}}}, first: 200) { totalCount nodes { name } } }""");
        data["projects"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(30);
        Names(data["projects"]).ShouldContain("香港科技大学脑科学实验室"); // D1:281
    }

    [Fact]
    public async Task Places_are_ordered_by_the_projects_they_host()
    {
        var data = await api.DataAsync("{ places(order: [{projectsCount: DESC}, {name: ASC}], first: 3) { nodes { name projects { totalCount } } } }");
        var places = data["places"]!["nodes"]!.AsArray();
        var counts = places.Select(p => p!["projects"]!["totalCount"]!.GetValue<int>()).ToList();
        counts.ShouldBe(counts.OrderDescending().ToList());
        places.Select(p => p!["name"]!.GetValue<string>()).ShouldContain("河套深港科技创新合作区深圳园区");
    }

    // ---- Institutions and places ----

    [Fact]
    public async Task The_stock_exchange_is_one_institution_across_documents_whatever_it_is_called()
    {
        // 深圳证券交易所 / 深交所: D1:6, D0:328, D2:46, D3:1904, D4:703.
        var data = await api.DataAsync("""{ institutions(where: {name: {eq: "深圳证券交易所"}}) { totalCount nodes { type aliases mentionedIn { totalCount } } } }""");
        data["institutions"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        var exchange = Single(data, "institutions");
        exchange["type"]!.GetValue<string>().ShouldBe("exchange");
        exchange["mentionedIn"]!["totalCount"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task Universities_named_in_the_outline_are_institutions_of_type_university()
    {
        // D1:411 "…南方科技大学、深圳大学、香港理工大学、香港大学…".
        var data = await api.DataAsync("""{ institutions(where: {type: {eq: "university"}}, first: 100) { nodes { name } } }""");
        var names = Names(data["institutions"]);
        names.ShouldContain("南方科技大学");
        names.ShouldContain("深圳大学");
        names.ShouldNotContain("行业协会");
    }

    [Fact]
    public async Task A_district_bureau_called_by_its_short_name_is_the_same_bureau()
    {
        // D3:2512 "由区科技创新局牵头" in Futian's plan is 福田区科技创新局, who signs D2 (D2:66).
        var data = await api.DataAsync("""{ institutions(where: {name: {eq: "福田区科技创新局"}}) { nodes { type aliases mentionedIn { nodes { fileName } } } } }""");
        var bureau = Single(data, "institutions");
        bureau["type"]!.GetValue<string>().ShouldBe("government");
        bureau["aliases"]!.AsArray().Select(a => a!.GetValue<string>()).ShouldContain("区科技创新局");
        bureau["mentionedIn"]!["nodes"]!.AsArray().Select(d => d!["fileName"]!.GetValue<string>())
            .ShouldContain("futian-industrial-parks-suggestion-reply-2021.txt");
    }

    [Fact]
    public async Task Futian_is_part_of_shenzhen_with_its_division_code()
    {
        var data = await api.DataAsync("""{ places(where: {name: {eq: "福田区"}}) { nodes { type code parentPlaces { nodes { name code } } subPlaces(first: 100) { nodes { name type } } } } }""");
        var futian = Single(data, "places");
        (futian["type"]!.GetValue<string>(), futian["code"]!.GetValue<string>()).ShouldBe(("district", "440304"));
        futian["parentPlaces"]!["nodes"]![0]!["name"]!.GetValue<string>().ShouldBe("深圳市");
        futian["parentPlaces"]!["nodes"]![0]!["code"]!.GetValue<string>().ShouldBe("440300");
    }

    [Fact]
    public async Task A_box_lists_its_projects_and_the_areas_its_rows_open_with()
    {
        // D1 专栏2 lists projects and platforms; D1 专栏5 lists six areas, one per row ("1.梅林片区：…").
        var hetao = Single(await api.DataAsync("""{ projects(where: {name: {eq: "河套深港科技创新合作区深圳园区重点项目和平台"}}) { nodes { parts(first: 100) { nodes { name partOf { nodes { name } } } } } } }"""), "projects");
        var parts = hetao["parts"]!["nodes"]!.AsArray();
        parts.Count.ShouldBeGreaterThan(3);
        parts.ShouldAllBe(p => p!["partOf"]!["nodes"]!.AsArray().Any(b => b!["name"]!.GetValue<string>() == "河套深港科技创新合作区深圳园区重点项目和平台"));

        var clusters = Single(await api.DataAsync("""{ projects(where: {name: {eq: "福田区重点产业集群"}}) { nodes { listedPlaces { nodes { name } } } } }"""), "projects");
        Names(clusters["listedPlaces"]).ShouldContain("梅林片区");
        Names(clusters["listedPlaces"]).ShouldContain("车公庙片区");
        var meilin = Single(await api.DataAsync("""{ places(where: {name: {eq: "梅林片区"}}) { nodes { listedIn { nodes { name } } } } }"""), "places");
        Names(meilin["listedIn"]).ShouldBe(["福田区重点产业集群"]);
    }

    [Fact]
    public async Task The_hetao_zone_is_known_by_its_short_name()
    {
        var data = await api.DataAsync("""{ places(where: {aliases: {includes: "河套"}}) { nodes { name } } }""");
        Names(data["places"]).ShouldContain("河套深港科技创新合作区");
    }

    [Fact]
    public async Task International_bodies_named_in_the_draft_are_typed_international()
    {
        // D4:593 "…吸引国际保险监督官协会、国际清算银行等国际组织…".
        var data = await api.DataAsync("""{ institutions(where: {type: {eq: "international"}}) { nodes { name } } }""");
        Names(data["institutions"]).ShouldContain("国际清算银行");
        Names(data["institutions"]).ShouldContain("国际保险监督官协会");
    }

    // ---- What a document mentions, search ----

    [Fact]
    public async Task Everything_the_reply_mentions_is_listed_by_type()
    {
        var data = await api.DataAsync("""{ documents(where: {kind: {eq: "reply"}}) { nodes { mentions(first: 200) { totalCount nodes { __typename name } } } } }""");
        var mentions = Single(data, "documents")["mentions"]!["nodes"]!.AsArray().Select(m => (m!["__typename"]!.GetValue<string>(), m["name"]!.GetValue<string>())).ToList();
        mentions.ShouldContain(("Place", "福田区"));
        mentions.ShouldContain(("Institution", "深圳证券交易所")); // D2:46 "对接深交所注册制改革"
    }

    [Fact]
    public async Task Search_finds_an_alias_and_returns_the_sentence_that_says_it()
    {
        var data = await api.DataAsync("""{ search(text: "深交所", first: 5) { matched sentence node { __typename name } evidence { documentId firstLine } } }""");
        var hit = data["search"]!.AsArray().First(h => h!["node"]!["name"]!.GetValue<string>() == "深圳证券交易所")!;
        hit["matched"]!.GetValue<string>().ShouldBe("深交所");
        hit["node"]!["__typename"]!.GetValue<string>().ShouldBe("Institution");
        hit["sentence"]!.GetValue<string>().ShouldContain("深交所");
    }

    [Fact]
    public async Task Search_ignores_case_for_latin_names()
    {
        var data = await api.DataAsync("""{ search(text: "vcsel") { node { __typename name } } }""");
        data["search"]!.AsArray().Select(h => h!["node"]!["name"]!.GetValue<string>()).ShouldContain("VCSEL光芯片项目");
    }

    [Fact]
    public async Task Counts_per_type_and_relationship_cover_the_whole_graph()
    {
        var data = await api.DataAsync("{ counts { nodes { label count } relationships { type count } } }");
        var nodes = data["counts"]!["nodes"]!.AsArray().ToDictionary(n => n!["label"]!.GetValue<string>(), n => n!["count"]!.GetValue<int>());
        nodes["Document"].ShouldBe(5);
        nodes["Indicator"].ShouldBeGreaterThanOrEqualTo(50);
        var relationships = data["counts"]!["relationships"]!.AsArray().ToDictionary(n => n!["type"]!.GetValue<string>(), n => n!["count"]!.GetValue<int>());
        relationships["SETS"].ShouldBe(relationships["OF"], "every target is set by one plan and measures one indicator");
        relationships.Keys.ShouldContain("INVOLVES");
    }

    // ---- Paging, filters, mixing ----

    [Fact]
    public async Task Pages_of_goals_follow_each_other_without_overlap()
    {
        var first = await api.DataAsync("{ goals(first: 5, order: [{name: ASC}]) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }");
        var cursor = first["goals"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        first["goals"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        var second = await api.DataAsync("query($after: String) { goals(first: 5, after: $after, order: [{name: ASC}]) { totalCount nodes { id } } }", new { after = cursor });
        second["goals"]!["totalCount"]!.GetValue<int>().ShouldBe(first["goals"]!["totalCount"]!.GetValue<int>());
        var ids = first["goals"]!["nodes"]!.AsArray().Concat(second["goals"]!["nodes"]!.AsArray()).Select(n => n!["id"]!.GetValue<string>()).ToList();
        ids.Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public async Task Boolean_filters_combine_with_case_insensitive_matching()
    {
        var data = await api.DataAsync("""{ projects(where: {or: [{name: {caseInsensitive: {contains: "eda"}}}, {name: {startsWith: "VCSEL"}}], not: {name: {contains: "数字"}}}) { nodes { name } } }""");
        var names = Names(data["projects"]);
        names.ShouldContain("模拟电路设计全流程EDA工具系统"); // D1:285
        names.ShouldContain("VCSEL光芯片项目");
        names.ShouldNotContain("数字集成电路设计全流程EDA工具");
    }

    [Fact]
    public async Task Every_projects_in_a_box_category_filter_uses_all()
    {
        var data = await api.DataAsync("""{ goals(where: {projects: {all: {category: {eq: "微电子"}}, count: {gte: 1}}}) { nodes { name projects { nodes { category } } } } }""");
        data["goals"]!["nodes"]!.AsArray().SelectMany(g => g!["projects"]!["nodes"]!.AsArray()).ShouldAllBe(p => p!["category"]!.GetValue<string>() == "微电子");
    }

    [Fact]
    public async Task One_request_mixing_introspection_aliases_and_three_questions_is_one_statement()
    {
        await api.DataAsync("{ search(text: \"深交所\", first: 1) { matched } }"); // the first search reads the search index
        api.Counter.Reset();
        var data = await api.DataAsync($$$"""
            { __type(name: "Project") { name }
              cbd: plans(where: {name: {eq: "{{{Cbd}}}"}}) { nodes { goals { totalCount } } }
              sci: plans(where: {name: {eq: "{{{SciTech}}}"}}) { nodes { goals { totalCount } } }
              exchange: search(text: "深交所", first: 1) { node { name } } }
            """);
        api.Counter.Statements.ShouldBe(1);
        data["__type"]!["name"]!.GetValue<string>().ShouldBe("Project");
        Single(data, "cbd")["goals"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(0);
        Single(data, "sci")["goals"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    // ---- Bad queries and limits, on the seeds ----

    [Fact]
    public async Task Bad_queries_get_clear_errors_and_send_nothing_to_neo4j()
    {
        api.Counter.Reset();
        var (status, body) = await api.PostAsync("{ projects { nodes { budget } } }", accept: "application/graphql-response+json");
        status.ShouldBe(400);
        body["errors"]![0]!["message"]!.GetValue<string>().ShouldBe("Cannot query field \"budget\" on type \"Project\".");
        (status, body) = await api.PostAsync("query($n: Int) { projects(first: $n) { totalCount } }", new { n = "ten" }, accept: "application/graphql-response+json");
        status.ShouldBe(400);
        body["errors"]![0]!["message"]!.GetValue<string>().ShouldContain("Int cannot represent non-integer value");
        api.Counter.Statements.ShouldBe(0);
    }

    [Fact]
    public async Task Limits_hold_on_the_real_graph()
    {
        var (_, tooBig) = await api.PostAsync("{ projects(first: 1000) { nodes { goals(first: 1000) { nodes { projects(first: 1000) { totalCount } } } } } }");
        tooBig["errors"]![0]!["message"]!.GetValue<string>().ShouldContain("exceeds the maximum cost");
        var (_, page) = await api.PostAsync("{ projects(first: 1001) { totalCount } }");
        page["errors"]![0]!["message"]!.GetValue<string>().ShouldContain("first must be between 0 and 1000");
        page["errors"]![0]!["path"]![0]!.GetValue<string>().ShouldBe("projects");
    }

    // ---- Evidence order ----

    [Fact]
    public async Task Evidence_is_listed_by_document_then_position_then_rule_also_where_an_older_loader_left_no_order_key()
    {
        // 深圳市: hundreds of sentences from all five documents support it; its projects' edges have evidence of their own.
        const string Query = """
            { places(where: {name: {eq: "深圳市"}}) { nodes { evidence { documentId spanStart rule quote }
                projects(first: 20) { edges { node { name } evidence { documentId spanStart rule } } } } }
              search(text: "深圳", first: 5) { sentence node { name } } }
            """;
        var before = await api.DataAsync(Query);
        var evidence = Single(before, "places")["evidence"]!.AsArray()
            .Select(e => (Document: e!["documentId"]!.GetValue<string>(), Start: e["spanStart"]!.GetValue<long>(), Rule: e["rule"]!.GetValue<string>()))
            .ToList();
        evidence.Count.ShouldBeGreaterThan(100);
        evidence.Select(e => e.Document).Distinct().Count().ShouldBe(5);
        evidence.ShouldBe([.. evidence.OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Rule, StringComparer.Ordinal)]);

        // Evidence as a loader before the order key wrote it: the same answer (the key computed in Cypher), and the
        // next load's schema step writes the key.
        (await api.RunAsync(ForgetEvidenceOrder)).Single<long>("evidence").ShouldBeGreaterThan(1000);
        try
        {
            (await api.DataAsync(Query)).ToJsonString().ShouldBe(before.ToJsonString());
        }
        finally
        {
            await api.EnsureSchemaAsync();
        }

        (await api.RunAsync(EvidenceWithoutOrderKey)).Single<long>("evidence").ShouldBe(0);
        (await api.DataAsync(Query)).ToJsonString().ShouldBe(before.ToJsonString());
    }
}

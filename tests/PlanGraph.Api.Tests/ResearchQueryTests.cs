using System.Text.Json.Nodes;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Research questions asked over real HTTP against the API over Neo4j holding <see cref="PlanGraphFixture"/>;
/// each expected answer is read off the fixture's facts (which quote the Futian outline and sci-tech plans).
/// Root fields filter on the fixture's id prefix because the test database may hold other tests' data.
/// </summary>
public sealed class ResearchQueryTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Mine = "id: {startsWith: \"apitest:\"}";
    private const string MineOnly = "{" + Mine + "}";

    private async Task Expect(string query, string expected)
    {
        var data = await api.DataAsync(query);
        var want = JsonNode.Parse(expected)!;
        JsonNode.DeepEquals(data, want).ShouldBeTrue($"got {data.ToJsonString()}\nwant {want.ToJsonString()}");
    }

    [Fact]
    public Task Projects_supporting_a_goal_directly() => Expect(
        $$"""{ goals(where: {{{Mine}}, name: {eq: "布局一批重大科研设施"} }) { nodes { projects { totalCount nodes { name } } } } }""",
        """{"goals":{"nodes":[{"projects":{"totalCount":3,"nodes":[{"name":"南开大学-牛津大学联合研究院（深圳）"},{"name":"国家药监局药品和医疗器械技术审评检查大湾区分中心"},{"name":"未来网络试验设施（深圳中心）"}]}}]}}""");

    [Fact]
    public Task Projects_supporting_a_goal_including_its_sub_goals_with_the_supporting_sentence() => Expect(
        $$"""{ goals(where: {{{Mine}}, name: {eq: "高标准建设河套深港科技创新合作区"} }) { nodes { projectsIncludingSubGoals(where: {category: {eq: "platform"} }) { totalCount edges { node { name } evidence { quote documentId firstLine } } } } } }""",
        """
            {"goals":{"nodes":[{"projectsIncludingSubGoals":{"totalCount":3,"edges":[
            {"node":{"name":"南开大学-牛津大学联合研究院（深圳）"},"evidence":[{"quote":"1.医疗科技。南开大学-牛津大学联合研究院（深圳）","documentId":"apitest:doc:outline","firstLine":281}]},
            {"node":{"name":"国家药监局药品和医疗器械技术审评检查大湾区分中心"},"evidence":[{"quote":"国家药监局药品和医疗器械技术审评检查大湾区分中心……等国家级重大科研项目、平台落户。","documentId":"apitest:doc:outline","firstLine":12}]},
            {"node":{"name":"深圳国际量子研究院"},"evidence":[{"quote":"依托国际量子研究中心，推动大湾区量子科技力量发展。","documentId":"apitest:doc:outline","firstLine":277}]}]}}]}}
            """);

    [Fact]
    public Task Places_hosting_projects_for_a_goal() => Expect(
        $$"""{ goals(where: {{{Mine}}, name: {eq: "高标准建设河套深港科技创新合作区"} }) { nodes { places { totalCount nodes { name type } } } } }""",
        """{"goals":{"nodes":[{"places":{"totalCount":2,"nodes":[{"name":"河套深港科技创新合作区","type":"area"},{"name":"福田区","type":"district"}]}}]}}""");

    [Fact]
    public Task A_plans_targets_with_their_indicator_and_evidence() => Expect(
        $$"""{ plans(where: {{{Mine}}, name: {eq: "福田区科技创新“十四五”规划"} }) { nodes { targets(order: [{year: ASC}, {value: ASC}]) { edges { node { year value valueText indicator { name unit } } evidence { quote } } } } } }""",
        """
            {"plans":{"nodes":[{"targets":{"edges":[
            {"node":{"year":2023,"value":200,"valueText":"200 亿元","indicator":{"name":"全社会研发投入","unit":"亿元"}},"evidence":[{"quote":"到 2023 年，全社会研发投入从 2020 年的 64 亿元增至 200 亿元"}]},
            {"node":{"year":2025,"value":2,"valueText":"2.0","indicator":{"name":"全社会研发支出占GDP比重","unit":"%"}},"evidence":[{"quote":"全社会研发支出占GDP比重（%） 1.45（2020） 2.0"}]},
            {"node":{"year":2025,"value":250,"valueText":"250 亿元","indicator":{"name":"全社会研发投入","unit":"亿元"}},"evidence":[{"quote":"到 2025 年，全社会研发投入递增至 250 亿元。"}]}]}}]}}
            """);

    [Fact]
    public Task A_plans_indicators_are_distinct() => Expect(
        $$"""{ plans(where: {{{Mine}}, name: {eq: "福田区科技创新“十四五”规划"} }) { nodes { indicators { totalCount nodes { name } } } } }""",
        """{"plans":{"nodes":[{"indicators":{"totalCount":2,"nodes":[{"name":"全社会研发投入"},{"name":"全社会研发支出占GDP比重"}]}}]}}""");

    [Fact]
    public Task Goals_with_no_supporting_project() => Expect(
        $$"""{ goals(where: {{{Mine}}, projects: {none: {} } }) { nodes { name } } strict: goals(where: {{{Mine}}, projectsIncludingSubGoals: {none: {} } }) { nodes { name } } }""",
        """{"goals":{"nodes":[{"name":"大力发展数字经济"},{"name":"高标准建设河套深港科技创新合作区"}]},"strict":{"nodes":[{"name":"大力发展数字经济"}]}}""");

    [Fact]
    public Task How_one_indicators_target_differs_between_plans() => Expect(
        $$"""{ indicators(where: {{{Mine}}, name: {eq: "全社会研发支出占GDP比重"} }) { nodes { targets(where: {kind: {eq: "target"} }) { nodes { year value plan { name } } } plans { totalCount } } } }""",
        """
            {"indicators":{"nodes":[{"targets":{"nodes":[
            {"year":2025,"value":2,"plan":{"name":"深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"}},
            {"year":2025,"value":2,"plan":{"name":"福田区科技创新“十四五”规划"}}]},"plans":{"totalCount":2}}]}}
            """);

    [Fact]
    public async Task Everything_a_document_mentions()
    {
        var data = await api.DataAsync("""{ node(id: "apitest:doc:scitech") { __typename ... on Document { title mentions(first: 100) { totalCount nodes { __typename name } } } } }""");
        var document = data["node"]!;
        document["__typename"]!.GetValue<string>().ShouldBe("Document");
        document["title"]!.GetValue<string>().ShouldBe("福田区科技创新“十四五”规划");
        document["mentions"]!["totalCount"]!.GetValue<int>().ShouldBe(9);
        var byType = document["mentions"]!["nodes"]!.AsArray().GroupBy(n => n!["__typename"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        byType.ShouldBe(new Dictionary<string, int> { ["Plan"] = 1, ["Goal"] = 1, ["Indicator"] = 2, ["Target"] = 3, ["Project"] = 1, ["Place"] = 1 }, ignoreOrder: true);
    }

    [Fact]
    public Task Mentions_filtered_by_name() => Expect(
        """{ node(id: "apitest:doc:outline") { ... on Document { mentions(where: {name: {contains: "福田"}}) { nodes { __typename name ... on Place { code } } } } } }""",
        """{"node":{"mentions":{"nodes":[{"__typename":"Plan","name":"深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"},{"__typename":"Place","name":"福田区","code":"440304"}]}}}""");

    [Fact]
    public async Task Search_returns_the_matching_sentence_with_its_evidence()
    {
        var data = await api.DataAsync("""{ search(text: "河套", first: 50) { matched sentence evidence { documentId } node { __typename id name } } }""");
        var hits = data["search"]!.AsArray().Where(h => h!["node"]!["id"]!.GetValue<string>().StartsWith("apitest:", StringComparison.Ordinal)).ToList();
        hits.Select(h => h!["node"]!["name"]!.GetValue<string>()).ShouldBe(["河套深港科技创新合作区", "高标准建设河套深港科技创新合作区"]);
        hits[0]!["node"]!["__typename"]!.GetValue<string>().ShouldBe("Place");
        hits[0]!["matched"]!.GetValue<string>().ShouldBe("河套深港科技创新合作区");
        hits[0]!["sentence"]!.GetValue<string>().ShouldBe("河套深港科技创新合作区成为国家战略平台。");
        hits[0]!["evidence"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Search_finds_aliases_ignoring_case()
    {
        var data = await api.DataAsync("""{ search(text: "oxford") { matched node { id name ... on Institution { type } } } }""");
        var hit = data["search"]!.AsArray().Single(h => h!["node"]!["id"]!.GetValue<string>() == PlanGraphFixture.Id("institution:oxford"))!;
        hit["node"]!["name"]!.GetValue<string>().ShouldBe("牛津大学");
        hit["matched"]!.GetValue<string>().ShouldBe("Oxford");
        hit["node"]!["type"]!.GetValue<string>().ShouldBe("university");
    }

    [Fact]
    public Task Institutions_of_a_project_with_their_role() => Expect(
        $$"""{ projects(where: {{{Mine}}, name: {startsWith: "南开"} }) { nodes { institutions { edges { role node { name type } } } } } }""",
        """{"projects":{"nodes":[{"institutions":{"edges":[{"role":"共建","node":{"name":"南开大学","type":"university"}},{"role":"共建","node":{"name":"牛津大学","type":"university"}}]}}]}}""");

    [Fact]
    public Task Projects_of_an_institution_with_its_role() => Expect(
        $$"""{ institutions(where: {{{Mine}}, name: {eq: "国家药监局"} }) { nodes { type projects { edges { role node { name category } } } } } }""",
        """{"institutions":{"nodes":[{"type":"government","projects":{"edges":[{"role":"设立","node":{"name":"国家药监局药品和医疗器械技术审评检查大湾区分中心","category":"platform"}}]}}]}}""");

    [Fact]
    public Task Places_inside_a_place() => Expect(
        $$"""{ places(where: {{{Mine}}, name: {eq: "福田区"} }) { nodes { code subPlaces { nodes { name parentPlaces { nodes { name } } } } } } }""",
        """{"places":{"nodes":[{"code":"440304","subPlaces":{"nodes":[{"name":"河套深港科技创新合作区","parentPlaces":{"nodes":[{"name":"福田区"}]}},{"name":"香蜜湖","parentPlaces":{"nodes":[{"name":"福田区"}]}}]}}]}}""");

    [Fact]
    public Task Places_ordered_by_how_many_projects_they_host() => Expect(
        $$"""{ places(where: {{MineOnly}}, order: [{projectsCount: DESC}]) { nodes { name projects { totalCount } } } }""",
        """{"places":{"nodes":[{"name":"河套深港科技创新合作区","projects":{"totalCount":3}},{"name":"福田区","projects":{"totalCount":1}},{"name":"香蜜湖","projects":{"totalCount":0}}]}}""");

    [Fact]
    public Task Nested_places_ordered_by_name_descending_and_by_their_project_count() => Expect(
        $$"""{ places(where: {{{Mine}}, name: {eq: "福田区"} }) { nodes { byName: subPlaces(order: [{name: DESC}]) { nodes { name } } byProjects: subPlaces(order: [{projectsCount: DESC}]) { nodes { name } } } } }""",
        """{"places":{"nodes":[{"byName":{"nodes":[{"name":"香蜜湖"},{"name":"河套深港科技创新合作区"}]},"byProjects":{"nodes":[{"name":"河套深港科技创新合作区"},{"name":"香蜜湖"}]}}]}}""");

    [Fact]
    public Task Goals_ordered_by_project_count_then_id() => Expect(
        $$"""{ goals(where: {{MineOnly}}, order: {projectsCount: DESC}) { nodes { name } } }""",
        """{"goals":{"nodes":[{"name":"布局一批重大科研设施"},{"name":"开展关键核心技术攻关"},{"name":"研发投入倍增计划"},{"name":"大力发展数字经济"},{"name":"高标准建设河套深港科技创新合作区"}]}}""");

    [Fact]
    public async Task Cursor_paging_walks_every_goal_once()
    {
        var names = new List<string>();
        string? after = null;
        for (var page = 0; page < 5; page++)
        {
            var afterArgument = after is null ? string.Empty : $", after: \"{after}\"";
            var data = await api.DataAsync($$"""{ goals(where: {{MineOnly}}, first: 2{{afterArgument}}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { name } } }""");
            var goals = data["goals"]!;
            goals["totalCount"]!.GetValue<int>().ShouldBe(5);
            goals["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().ShouldBe(after is not null);
            names.AddRange(goals["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
            if (!goals["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = goals["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        names.ShouldBe(["大力发展数字经济", "布局一批重大科研设施", "开展关键核心技术攻关", "研发投入倍增计划", "高标准建设河套深港科技创新合作区"]);
    }

    [Fact]
    public async Task Nested_connections_page_too()
    {
        var first = await api.DataAsync($$"""{ goals(where: {{{Mine}}, name: {eq: "布局一批重大科研设施"} }) { nodes { projects(first: 2) { pageInfo { hasNextPage endCursor } nodes { name } } } } }""");
        var projects = first["goals"]!["nodes"]![0]!["projects"]!;
        projects["nodes"]!.AsArray().Count.ShouldBe(2);
        projects["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
        var cursor = projects["pageInfo"]!["endCursor"]!.GetValue<string>();
        await Expect(
            $$"""{ goals(where: {{{Mine}}, name: {eq: "布局一批重大科研设施"} }) { nodes { projects(first: 2, after: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } nodes { name } } } } }""",
            """{"goals":{"nodes":[{"projects":{"pageInfo":{"hasNextPage":false,"hasPreviousPage":true},"nodes":[{"name":"未来网络试验设施（深圳中心）"}]}}]}}""");
    }

    [Fact]
    public Task Numeric_filters_on_targets() => Expect(
        $$"""{ big: targets(where: {{{Mine}}, value: {gte: 200} }) { totalCount } between: targets(where: {{{Mine}}, value: {gt: 200, lt: 5000} }) { nodes { value } } y2023: targets(where: {{{Mine}}, year: {in: [2023]} }) { nodes { valueText } } }""",
        """{"big":{"totalCount":4},"between":{"nodes":[{"value":250},{"value":4800}]},"y2023":{"nodes":[{"valueText":"200 亿元"}]}}""");

    [Fact]
    public Task Case_insensitive_filter_on_aliases() => Expect(
        $$"""{ institutions(where: {{{Mine}}, aliases: {some: {caseInsensitive: {contains: "OXFORD"} } } }) { nodes { name aliases } } }""",
        """{"institutions":{"nodes":[{"name":"牛津大学","aliases":["Oxford"]}]}}""");

    [Fact]
    public Task Or_and_not_filters() => Expect(
        $$"""{ either: projects(where: {{{Mine}}, or: [{category: {eq: "facility"} }, {name: {startsWith: "深圳"} }]}) { nodes { name } } notPlatform: projects(where: {{{Mine}}, not: {category: {eq: "platform"} } }) { nodes { name } } }""",
        """{"either":{"nodes":[{"name":"未来网络试验设施（深圳中心）"},{"name":"深圳国际量子研究院"}]},"notPlatform":{"nodes":[{"name":"未来网络试验设施（深圳中心）"}]}}""");

    [Fact]
    public Task Relationship_filters_all_and_count() => Expect(
        $$"""{ projects(where: {{{Mine}}, places: {all: {name: {eq: "河套深港科技创新合作区"} }, some: {} } }) { totalCount } goals(where: {{{Mine}}, subGoals: {count: {gte: 2} } }) { nodes { name indicators { nodes { name } } } } }""",
        """{"projects":{"totalCount":3},"goals":{"nodes":[{"name":"高标准建设河套深港科技创新合作区","indicators":{"nodes":[{"name":"全社会研发支出占GDP比重"}]}}]}}""");

    [Fact]
    public Task Binding_or_anticipatory_indicators() => Expect(
        $$"""{ indicators(where: {{{Mine}}, attribute: {eq: "预期性"} }) { nodes { name category } } }""",
        """{"indicators":{"nodes":[{"name":"全社会研发支出占GDP比重","category":"创新能力"},{"name":"地区生产总值","category":"经济发展"}]}}""");

    [Fact]
    public Task A_goals_plan_and_parent() => Expect(
        $$"""{ goals(where: {{{Mine}}, name: {eq: "布局一批重大科研设施"} }) { nodes { sectionPath parentGoals { nodes { name plan { startYear endYear level } } } } } }""",
        """{"goals":{"nodes":[{"sectionPath":"第三篇 建设具有全球影响力的科技创新中心核心区 > 第一章 高标准建设河套深港科技创新合作区 > 布局一批重大科研设施","parentGoals":{"nodes":[{"name":"高标准建设河套深港科技创新合作区","plan":{"startYear":2021,"endYear":2025,"level":"district"}}]}}]}}""");

    [Fact]
    public Task Which_documents_describe_and_cite_a_plan() => Expect(
        $$"""{ plans(where: {{{Mine}}, aliases: {includes: "福田区“十四五”规划纲要"} }) { nodes { describedBy { nodes { fileName kind } } citedBy { edges { node { title } evidence { quote } } } basisFor { nodes { name } } } } }""",
        """{"plans":{"nodes":[{"describedBy":{"nodes":[{"fileName":"futian-14th-five-year-plan-outline.txt","kind":"plan"}]},"citedBy":{"edges":[{"node":{"title":"福田区科技创新“十四五”规划"},"evidence":[{"quote":"根据《深圳市福田区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，制定本规划。"}]}]},"basisFor":{"nodes":[{"name":"福田区科技创新“十四五”规划"}]}}]}}""");

    [Fact]
    public Task A_nodes_own_evidence() => Expect(
        """{ node(id: "apitest:project:quantum") { __typename name aliases evidence { documentId sectionPath firstLine lastLine rule } } }""",
        """{"node":{"__typename":"Project","name":"深圳国际量子研究院","aliases":["国际量子研究中心"],"evidence":[{"documentId":"apitest:doc:scitech","sectionPath":"第一章 发展基础","firstLine":358,"lastLine":358,"rule":"fixture.project"}]}}""");

    [Fact]
    public Task A_missing_node_is_null() => Expect("""{ node(id: "apitest:nothing") { id } }""", """{"node":null}""");

    [Fact]
    public async Task Variables_aliases_fragments_and_typenames()
    {
        var data = await api.DataAsync(
            """
            query Goal($name: String!, $withPlan: Boolean = true) {
              __typename
              found: goals(where: {name: {eq: $name}, id: {startsWith: "apitest:"}}) {
                __typename
                edges { __typename cursor node { ...goalFields } }
              }
            }
            fragment goalFields on Goal { label: name plan @include(if: $withPlan) { name } projects @skip(if: $withPlan) { totalCount } }
            """,
            new { name = "研发投入倍增计划" });
        var want = JsonNode.Parse("""{"__typename":"Query","found":{"__typename":"GoalConnection","edges":[{"__typename":"GoalEdge","cursor":"cGxhbmdyYXBoOjA=","node":{"label":"研发投入倍增计划","plan":{"name":"福田区科技创新“十四五”规划"}}}]}}""");
        JsonNode.DeepEquals(data, want).ShouldBeTrue(data.ToJsonString());
    }

    [Fact]
    public async Task Counts_per_label_and_relationship_type()
    {
        var data = await api.DataAsync("{ counts { nodes { label count } relationships { type count } } }");
        var nodes = data["counts"]!["nodes"]!.AsArray().ToDictionary(n => n!["label"]!.GetValue<string>(), n => n!["count"]!.GetValue<long>());
        nodes["Goal"].ShouldBeGreaterThanOrEqualTo(5);
        nodes["Target"].ShouldBeGreaterThanOrEqualTo(6);
        nodes.Keys.ShouldBeSubsetOf(["Document", "Plan", "Goal", "Indicator", "Target", "Project", "Institution", "Place"]);
        var relationships = data["counts"]!["relationships"]!.AsArray().ToDictionary(n => n!["type"]!.GetValue<string>(), n => n!["count"]!.GetValue<long>());
        relationships["SUPPORTS"].ShouldBeGreaterThanOrEqualTo(5);
        relationships["INVOLVES"].ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public Task Documents_and_the_plans_they_describe() => Expect(
        $$"""{ documents(where: {{MineOnly}}) { nodes { fileName describes { nodes { startYear } } } } }""",
        """{"documents":{"nodes":[{"fileName":"futian-14th-five-year-plan-outline.txt","describes":{"nodes":[{"startYear":2021}]}},{"fileName":"futian-sci-tech-innovation-14th-five-year-plan.txt","describes":{"nodes":[{"startYear":2021}]}}]}}""");

    [Fact]
    public Task Plans_ordered_by_how_many_goals_they_have() => Expect(
        $$"""{ plans(where: {{MineOnly}}, order: [{goalsCount: DESC}]) { nodes { aliases goals { totalCount } } } }""",
        """{"plans":{"nodes":[{"aliases":["福田区“十四五”规划纲要"],"goals":{"totalCount":2}},{"aliases":["科技创新规划"],"goals":{"totalCount":1}}]}}""");

    [Fact]
    public Task Goals_an_indicator_measures() => Expect(
        $$"""{ indicators(where: {{{Mine}}, name: {eq: "全社会研发投入"} }) { nodes { goals { edges { node { name } evidence { quote } } } } } }""",
        """{"indicators":{"nodes":[{"goals":{"edges":[{"node":{"name":"研发投入倍增计划"},"evidence":[{"quote":"到 2025 年，全社会研发投入递增至 250 亿元。"}]}]}}]}}""");

    [Fact]
    public Task Baselines_with_their_indicator() => Expect(
        $$"""{ targets(where: {{{Mine}}, kind: {eq: "baseline"} }) { nodes { year valueText unit indicator { name attribute } } } }""",
        """{"targets":{"nodes":[{"year":2020,"valueText":"4800左右","unit":"亿元","indicator":{"name":"地区生产总值","attribute":"预期性"}}]}}""");

    [Fact]
    public Task Goals_of_the_projects_in_a_place() => Expect(
        $$"""{ places(where: {{{Mine}}, name: {eq: "福田区"} }) { nodes { projects { nodes { name goals { nodes { name } } } } } } }""",
        """{"places":{"nodes":[{"projects":{"nodes":[{"name":"深圳国际量子研究院","goals":{"nodes":[{"name":"开展关键核心技术攻关"},{"name":"研发投入倍增计划"}]}}]}}]}}""");

    [Fact]
    public Task Where_a_project_is_mentioned() => Expect(
        """{ node(id: "apitest:project:quantum") { ... on Project { mentionedIn { edges { node { title } evidence { firstLine rule } } } } } }""",
        """{"node":{"mentionedIn":{"edges":[{"node":{"title":"福田区科技创新“十四五”规划"},"evidence":[{"firstLine":358,"rule":"fixture.mention"}]}]}}}""");

    [Fact]
    public Task The_plan_a_goal_belongs_to_with_the_sentence() => Expect(
        $$"""{ goals(where: {{{Mine}}, name: {eq: "高标准建设河套深港科技创新合作区"} }) { nodes { plans { edges { node { level status } evidence { quote sectionPath } } } } } }""",
        """{"goals":{"nodes":[{"plans":{"edges":[{"node":{"level":"district","status":"final"},"evidence":[{"quote":"高标准建设河套深港科技创新合作区，打造科技创新极核引擎。","sectionPath":"第三篇 建设具有全球影响力的科技创新中心核心区 > 第一章 高标准建设河套深港科技创新合作区"}]}]}}]}}""");
}

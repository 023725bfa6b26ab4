using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// The plan explorer (/explore) in headless Chromium over the API serving the five loaded seeds: what a
/// researcher sees when searching, opening a goal, a plan, a place, a document and the graph view.
/// </summary>
[Collection(SeedExplorerCollection.Name)]
public sealed class ExplorerBrowserTests(SeedApi api)
{
    private const string HetaoGoal = "规划建设好河套深港科技创新合作区";
    private const float Wait = 30_000;

    [Fact]
    public async Task Searching_hetao_opens_the_goal_whose_projects_show_their_places()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync(api.BaseAddress);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Url("/explore"));
        await page.GetByRole(AriaRole.Searchbox).FillAsync("河套");
        await page.Keyboard.PressAsync("Enter");

        var goals = page.Locator(".result-group[data-kind=Goal]");
        await Assertions.Expect(goals.Locator("h2")).ToContainTextAsync("Goals", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator(".result-group[data-kind=Place]")).ToContainTextAsync("河套深港科技创新合作区");
        await goals.GetByRole(AriaRole.Link, new() { Name = HetaoGoal, Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(HetaoGoal, new() { Timeout = Wait });
        new Uri(page.Url).Fragment.ShouldStartWith("#/node/goal%3A");
        var row = page.Locator("table.projects tr[data-project='14T超高场磁共振成像研究平台']");
        await Assertions.Expect(row.Locator("td.places")).ToContainTextAsync("河套深港科技创新合作区深圳园区", new() { Timeout = Wait });
        await Assertions.Expect(row).ToContainTextAsync("集聚全球一流创新资源"); // the sub-goal it supports
        var projects = await page.Locator("table.projects tbody tr").CountAsync();
        projects.ShouldBe(await HetaoProjectCountAsync(), "the goal lists every project of it and its sub-goals");

        // The back button returns to the results; the link is shareable (a fresh page opens the same goal).
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("河套", new() { Timeout = Wait });
        var shared = await chromium.NewPageAsync();
        await shared.GotoAsync(Url("/explore") + new Uri(page.Url).Fragment);
        await shared.GotoAsync(Url("/") + "#/node/" + Uri.EscapeDataString(await IdOfAsync("goals", HetaoGoal)));
        await Assertions.Expect(shared.Locator("main h1")).ToHaveTextAsync(HetaoGoal, new() { Timeout = Wait });
        chromium.Outside.ShouldBeEmpty("the explorer must not load anything from outside the API");
    }

    [Fact]
    public async Task A_projects_evidence_opens_the_document_with_the_sentence_highlighted()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync(api.BaseAddress);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Url("/explore") + "#/node/" + Uri.EscapeDataString(await IdOfAsync("goals", HetaoGoal)));
        var row = page.Locator("table.projects tr[data-project='14T超高场磁共振成像研究平台']");
        await row.Locator("td").First.GetByRole(AriaRole.Button).ClickAsync(new() { Timeout = Wait });

        var sentence = row.Locator(".evidence-list li").First;
        await Assertions.Expect(sentence.Locator("q")).ToContainTextAsync("14T超高场磁共振成像研究平台", new() { Timeout = Wait });
        var quote = await sentence.Locator("q").InnerTextAsync();
        await sentence.GetByRole(AriaRole.Link, new() { Name = "show in document 查看原文" }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("福田区“十四五”规划纲要", new() { Timeout = Wait });
        var mark = page.Locator(".document-lines li.hit mark").First;
        await Assertions.Expect(mark).ToBeVisibleAsync();
        await Assertions.Expect(mark).ToContainTextAsync("14T超高场磁共振成像研究平台");
        var marked = await mark.InnerTextAsync();
        quote.ShouldContain(marked.Trim()[..Math.Min(12, marked.Trim().Length)], Case.Sensitive, "the highlight is the evidence sentence");
        (await page.Locator(".document-lines li").CountAsync()).ShouldBeGreaterThan(20, "the text around the sentence is shown too");

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(HetaoGoal, new() { Timeout = Wait });
    }

    [Fact]
    public async Task A_plans_goal_tree_expands_to_its_sub_goals_with_their_project_counts()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync(api.BaseAddress);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Url("/explore") + "#/node/" + Uri.EscapeDataString(await IdOfAsync("plans", "福田区“十四五”规划纲要")));

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("福田区“十四五”规划纲要", new() { Timeout = Wait });
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("2021–2025");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("district");
        // 第二篇 > 第三章 > 第一节: the section is two levels below the plan's top goal.
        var part = page.Locator(".goal-tree > li[data-goal='突出经济发展，在高质量发展新阶段争创城区新优势']");
        await Assertions.Expect(part).ToHaveAttributeAsync("aria-expanded", "false", new() { Timeout = Wait });
        (await page.Locator($"li[data-goal='{HetaoGoal}']").CountAsync()).ShouldBe(0, "sub-goals are hidden until their goal is expanded");

        await part.GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(part).ToHaveAttributeAsync("aria-expanded", "true");
        var chapter = part.Locator("li[data-goal='以河套深港科技创新合作区为牵引打造中央创新区']");
        await chapter.GetByRole(AriaRole.Button).First.ClickAsync(new() { Timeout = Wait });
        var child = chapter.Locator($"li[data-goal='{HetaoGoal}']");
        await Assertions.Expect(child.Locator(".count").First).ToHaveTextAsync($"{await HetaoProjectCountAsync()} projects 项目", new() { Timeout = Wait });
    }

    [Fact]
    public async Task A_place_page_lists_the_projects_located_there_by_goal()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync(api.BaseAddress);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Url("/explore") + "#/node/" + Uri.EscapeDataString(await IdOfAsync("places", "河套深港科技创新合作区深圳园区")));

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("河套深港科技创新合作区深圳园区", new() { Timeout = Wait });
        var group = page.Locator(".goal-group", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "集聚全球一流创新资源", Exact = true }) });
        await Assertions.Expect(group.Locator(".place-projects")).ToContainTextAsync("14T超高场磁共振成像研究平台");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Part of");
    }

    [Fact]
    public async Task The_graph_view_draws_the_goals_neighbourhood_and_recentres_on_a_click()
    {
        var id = await IdOfAsync("goals", HetaoGoal);
        var data = await api.DataAsync(
            "query($id: ID!) { node(id: $id) { ... on Goal { plans { nodes { id } } parentGoals { nodes { id } } subGoals { nodes { id } } indicators { nodes { id } } projects { nodes { id } } } } }",
            new { id });
        var neighbours = data["node"]!.AsObject().Select(field => field.Value!["nodes"]!.AsArray()).SelectMany(nodes => nodes.Select(n => n!["id"]!.GetValue<string>())).Distinct().ToList();
        neighbours.Count.ShouldBeGreaterThan(3);

        await using var chromium = await HeadlessChromium.LaunchAsync(api.BaseAddress);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(Url("/explore") + "#/graph/" + Uri.EscapeDataString(id));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(HetaoGoal, new() { Timeout = Wait });
        await page.WaitForFunctionAsync("() => window.planGraphExplorerGraph && window.planGraphExplorerGraph.nodes().length > 1", null, new() { Timeout = Wait });
        (await page.EvaluateAsync<int>("() => window.planGraphExplorerGraph.nodes().length")).ShouldBe(neighbours.Count + 1);
        (await page.EvaluateAsync<string>("id => window.planGraphExplorerGraph.getElementById(id).data('name')", id)).ShouldBe(HetaoGoal);

        // A click on a neighbour centres the view on it.
        var next = neighbours[0];
        await page.EvaluateAsync("id => window.planGraphExplorerGraph.getElementById(id).emit('tap')", next);
        await Assertions.Expect(page.Locator("main h1")).Not.ToHaveTextAsync(HetaoGoal, new() { Timeout = Wait });
        new Uri(page.Url).Fragment.ShouldBe("#/graph/" + Uri.EscapeDataString(next));
        await page.WaitForFunctionAsync("id => window.planGraphExplorerGraph && window.planGraphExplorerGraph.getElementById(id).length === 1 && window.planGraphExplorerGraph.nodes().length > 1", next, new() { Timeout = Wait });
    }

    private string Url(string path) => new Uri(api.BaseAddress, path).ToString();

    private async Task<string> IdOfAsync(string rootField, string name)
    {
        var data = await api.DataAsync($"query($name: String!) {{ {rootField}(where: {{name: {{eq: $name}}}}) {{ nodes {{ id }} }} }}", new { name });
        return data[rootField]!["nodes"]!.AsArray().Single()!["id"]!.GetValue<string>();
    }

    private async Task<int> HetaoProjectCountAsync()
    {
        var data = await api.DataAsync("query($name: String!) { goals(where: {name: {eq: $name}}) { nodes { projectsIncludingSubGoals { totalCount } } } }", new { name = HetaoGoal });
        return data["goals"]!["nodes"]![0]!["projectsIncludingSubGoals"]!["totalCount"]!.GetValue<int>();
    }
}

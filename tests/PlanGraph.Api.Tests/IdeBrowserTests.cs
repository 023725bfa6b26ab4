using Microsoft.Playwright;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (never a downloaded browser): opens the GraphiQL IDE the
/// API serves at /graphql, types a research question, runs it and sees the answer from Neo4j.
/// </summary>
public sealed class IdeBrowserTests(ApiHost api) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task The_ide_runs_a_query_and_shows_the_result()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync(api.BaseAddress);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(new Uri(api.BaseAddress, "/graphql").ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.Locator(".graphiql-query-editor .CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync("""{ places(where: {id: {startsWith: "apitest:"}}, order: [{projectsCount: DESC}], first: 1) { nodes { name } } }""");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("河套深港科技创新合作区", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        chromium.Outside.ShouldBeEmpty("the IDE must not load anything from outside the API");
    }
}

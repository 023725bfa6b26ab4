using Microsoft.Playwright;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (never a downloaded browser): opens the GraphiQL IDE the
/// API serves at /graphql, types a research question, runs it and sees the answer from Neo4j.
/// </summary>
public sealed class IdeBrowserTests(ApiHost api) : IClassFixture<ApiHost>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_ide_runs_a_query_and_shows_the_result()
    {
        File.Exists(Chromium).ShouldBeTrue("Debian's chromium is required (scripts/install-test-tools.sh installs it).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var offline = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(api.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal))
            {
                offline.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(api.BaseAddress, "/graphql").ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await page.Locator(".graphiql-query-editor .CodeMirror").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.InsertTextAsync("""{ places(where: {id: {startsWith: "apitest:"}}, order: [{projectsCount: DESC}], first: 1) { nodes { name } } }""");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("河套深港科技创新合作区", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        offline.ShouldBeEmpty("the IDE must not load anything from outside the API");
    }
}

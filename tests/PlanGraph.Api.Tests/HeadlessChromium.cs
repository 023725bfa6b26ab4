using Microsoft.Playwright;
using Shouldly;

namespace PlanGraph.Api.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright through its executable path (never a downloaded browser),
/// with a page that records every request leaving <see cref="Origin"/> so a test can prove the page is offline.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser, Uri origin)
    {
        this.playwright = playwright;
        Browser = browser;
        Origin = origin;
    }

    public IBrowser Browser { get; }

    /// <summary>The API's address: requests elsewhere are recorded in <see cref="Outside"/>.</summary>
    public Uri Origin { get; }

    /// <summary>Requests of the pages to anything but <see cref="Origin"/>.</summary>
    public List<string> Outside { get; } = [];

    public static async Task<HeadlessChromium> LaunchAsync(Uri origin)
    {
        File.Exists(Chromium).ShouldBeTrue("Debian's chromium is required (scripts/install-test-tools.sh installs it).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new HeadlessChromium(playwright, browser, origin);
    }

    /// <summary>A new page of the given size that records requests leaving the API.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(Origin.ToString().TrimEnd('/'), StringComparison.Ordinal))
            {
                Outside.Add(request.Url);
            }
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}

using Microsoft.Playwright;

namespace Faultline.Tests.Web;

/// <summary>Playwright driving the system Chromium, headless and with nothing that reaches the network on its own.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> Start()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>A page of a fresh context that records script errors, dialogs and console errors (CSP violations among them).</summary>
    public async Task<WatchedPage> Open(Uri server)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        return new WatchedPage(await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}

/// <summary>A page and what went wrong on it.</summary>
public sealed class WatchedPage
{
    public WatchedPage(IPage page)
    {
        Page = page;
        page.PageError += (_, e) => Errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") Errors.Add(m.Text); };
        page.Dialog += async (_, d) => { Dialogs.Add(d.Message); await d.DismissAsync(); };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    /// <summary>Opens a path and waits until the page's script says it has drawn everything.</summary>
    public async Task Go(string path)
    {
        await Page.GotoAsync(path);
        try
        {
            await Page.WaitForSelectorAsync("body[data-ready=true]", new() { State = WaitForSelectorState.Attached, Timeout = 15000 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{path} did not finish drawing; errors: {string.Join(" | ", Errors)}; main: {await Page.InnerTextAsync("main")}");
        }
    }

    public Task Screenshot(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(Support.TestPaths.RepoRoot, "docs", "screenshots", name), FullPage = true });
}

using Microsoft.Playwright;

namespace Faultline.Tests.Web;

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

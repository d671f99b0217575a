namespace Faultline.Tests.Web;

/// <summary>
/// A browser test: skipped (not failed) where Debian's Chromium is not installed, since Playwright cannot download
/// a browser here. CI installs it (scripts/ci-prerequisites.sh), so there they always run.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium)) Skip = $"{Chromium} is not installed (apt-get install -y chromium)";
    }
}

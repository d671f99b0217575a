namespace Faultline.Tests.Web;

/// <summary>One browser for all browser tests; absent (null) where Chromium is not installed.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public BrowserSession? Session { get; private set; }

    public async Task InitializeAsync()
    {
        if (File.Exists(BrowserFactAttribute.Chromium)) Session = await BrowserSession.Start();
    }

    public async Task DisposeAsync()
    {
        if (Session is not null) await Session.DisposeAsync();
    }
}

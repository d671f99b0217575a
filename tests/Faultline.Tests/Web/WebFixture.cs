using Faultline.Tests.Support;

namespace Faultline.Tests.Web;

/// <summary>
/// Two databases, each with a read-only server, shared by the API and browser tests: the sample corpus as the
/// pipeline analyses it plus the hand-coded article (real data, for pages and smoke tests), and the hand-coded
/// article alone (exact counts, for filters and paging).
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Database { get; private set; } = "";

    public string Folder => _folder.Path;

    public WebServer Server { get; private set; } = null!;

    public WebServer Coded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = SampleDatabase.Create(_folder.Path);
        Server = await WebServer.Start(Database);
        Coded = await WebServer.Start(SampleDatabase.Create(_folder.Path, withSamples: false));
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Coded.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

using Faultline.Tests.Support;

namespace Faultline.Tests.Web;

/// <summary>One sample database and one read-only server, shared by the API and browser tests.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public string Database { get; private set; } = "";

    public string Folder => _folder.Path;

    public WebServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = SampleDatabase.Create(_folder.Path);
        Server = await WebServer.Start(Database);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}

using Faultline.Tests.Cli;
using Faultline.Web;
using Faultline.Web.Hosting;

namespace Faultline.Tests.Web;

public sealed class BindingPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:8080")]
    public void LoopbackNeedsNoToken(string url) => BindingPolicy.Check([url], token: null);

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://example.org:5080")]
    public void OpenAddressesAreRefusedWithoutAToken(string url)
    {
        var e = Assert.Throws<WebConfigurationException>(() => BindingPolicy.Check(["http://127.0.0.1:5080", url], token: null));
        Assert.Contains("--token", e.Message);
        BindingPolicy.Check([url], token: "t");
    }

    [Fact]
    public void ServeRefusesAnOpenAddressWithoutATokenAsAUsageError()
    {
        using var folder = new Support.TempFolder();
        var db = folder.File("empty.db");
        Faultline.Storage.Sqlite.SqliteStore.Open(db).Dispose();
        var (exit, _, err) = CliRunner.Run("serve", "--db", db, "--urls", "http://0.0.0.0:5999");
        Assert.Equal(2, exit);
        Assert.Contains("not a loopback address", err);
    }

    [Fact]
    public void ServeNeedsAnExistingDatabase()
    {
        var (exit, _, err) = CliRunner.Run("serve", "--db", "/nonexistent/faultline.db");
        Assert.Equal(3, exit);
        Assert.Contains("no such database", err);
    }
}

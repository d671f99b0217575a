using System.Text.Json.Nodes;
using Faultline.Tests.Support;

namespace Faultline.Tests.Cli;

public class AnalyzeCommandTests
{
    [Fact]
    public void AnalysingTheSamplesTwiceLeavesOneDocumentEach()
    {
        using var dir = new TempFolder();
        var db = dir.File("f.db");
        Assert.Equal(0, CliRunner.Run("analyze", TestPaths.SampleArticles, "--db", db).Exit);
        var second = CliRunner.Run("analyze", TestPaths.SampleArticles, "--db", db, "--format", "json");
        Assert.Equal(0, second.Exit);
        var summary = JsonNode.Parse(second.Out)!;
        Assert.Equal(0, (int)summary["added"]!);
        Assert.Equal(5, (int)summary["unchanged"]!);
        Assert.Equal(5, (int)summary["database"]!["documents"]!);
    }

    [Fact]
    public void BadFilesAreNamedAndTheGoodOneIsStored()
    {
        using var dir = new TempFolder();
        var input = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(input);
        File.Copy(Directory.GetFiles(TestPaths.SampleArticles).Order().First(), Path.Combine(input, "good.txt"));
        File.WriteAllBytes(Path.Combine(input, "empty.txt"), []);
        var noise = new byte[4096];
        new Random(1).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(input, "random.txt"), noise);
        var db = dir.File("f.db");

        var (exit, _, err) = CliRunner.Run("analyze", input, "--db", db);

        Assert.Equal(1, exit);
        Assert.Contains("empty.txt: empty file", err);
        Assert.Contains("random.txt:", err);
        Assert.DoesNotContain("good.txt", err);
        var docs = CliRunner.Run("documents", "--db", db, "--format", "jsonl");
        Assert.Equal("good", JsonNode.Parse(docs.Out.Trim())!["doc"]!.GetValue<string>());
    }

    [Fact]
    public void AnHtmlPageWithNoArticleTextIsAFailure()
    {
        using var dir = new TempFolder();
        var page = dir.Write("empty.html", "<html><head><title>Home</title><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>");
        var (exit, _, err) = CliRunner.Run("analyze", page, "--db", dir.File("f.db"));
        Assert.Equal(1, exit);
        Assert.Contains("empty.html: no article text found", err);
    }

    [Fact]
    public void AMissingPathIsAnErrorButOtherFilesAreStillAnalysed()
    {
        using var dir = new TempFolder();
        var good = dir.Write("ok.txt", "Talks resumed\n\nBoth delegations met in the capital on Monday and agreed to meet again.");
        var (exit, _, err) = CliRunner.Run("analyze", good, dir.File("missing.txt"), "--db", dir.File("f.db"));
        Assert.Equal(1, exit);
        Assert.Contains("missing.txt: no such file or folder", err);
        Assert.Contains("ok", CliRunner.Run("documents", "--db", dir.File("f.db"), "--format", "csv").Out);
    }

    [Fact]
    public void ReadingADatabaseThatDoesNotExistFailsClearly()
    {
        using var dir = new TempFolder();
        var (exit, _, err) = CliRunner.Run("events", "--db", dir.File("none.db"));
        Assert.Equal(3, exit);
        Assert.Contains("none.db", err);
    }

    [Theory]
    [InlineData("events", "--quad", "7")]
    [InlineData("events", "--dyad", "PAK")]
    [InlineData("events", "--from", "last week")]
    [InlineData("documents", "--format", "xml")]
    [InlineData("documents", "--colour", "red")]
    public void BadOptionsAreUsageErrors(params string[] argv)
    {
        var (exit, _, err) = CliRunner.Run(argv);
        Assert.Equal(2, exit);
        Assert.Contains("usage:", err);
    }
}

using Faultline.Core.Cleaning;
using Faultline.Core.Knowledge;

namespace Faultline.Tests.Cleaning;

public sealed class HtmlHintsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("faultline-hints-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private HtmlHints Load(string tsv)
    {
        Directory.CreateDirectory(Path.Combine(_root, "lexicons"));
        File.WriteAllText(Path.Combine(_root, "lexicons", "html-hints.tsv"), tsv);
        return HtmlHints.Load(_root);
    }

    [Fact]
    public void UnknownKindIsRejectedNamingFileAndLine()
    {
        var e = Assert.Throws<KnowledgeException>(() => Load("# comment\npositive\tarticle\nsideways\tfoo\n"));
        Assert.Contains("html-hints.tsv:3", e.Message);
    }

    [Fact]
    public void DuplicatePatternIsRejected()
    {
        var e = Assert.Throws<KnowledgeException>(() => Load("negative\tcomment\nnegative\tcomment\n"));
        Assert.Contains("html-hints.tsv:2", e.Message);
    }

    [Fact]
    public void BadRegularExpressionIsRejected()
    {
        Assert.Throws<KnowledgeException>(() => Load("negative\t(unclosed\n"));
    }

    [Fact]
    public void AnUnlikelyNameIsRescuedByAMaybeName()
    {
        var hints = Load("unlikely\tsidebar\nmaybe\tcontent\n");
        Assert.True(hints.IsUnlikely("sidebar "));
        Assert.False(hints.IsUnlikely("sidebar-content "));
    }

    [Fact]
    public void ShippedHintsLoad()
    {
        var hints = HtmlHints.Load(DataDirectory.Default);
        Assert.True(hints.IsNegative("comment-list"));
        Assert.True(hints.IsPositive("article-body"));
        Assert.True(hints.IsUnlikelyRole("navigation"));
    }
}

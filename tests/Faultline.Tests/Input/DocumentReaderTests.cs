using Faultline.Core.Documents;
using Faultline.Core.Input;
using Faultline.Tests.Support;

namespace Faultline.Tests.Input;

public class DocumentReaderTests
{
    [Fact]
    public void EmptyFileIsAnErrorNamingTheFile()
    {
        using var dir = new TempFolder();
        var path = dir.Write("empty.txt", "");
        var e = Assert.Throws<InputException>(() => DocumentReader.Read(path));
        Assert.Equal(path, e.Path);
        Assert.Contains("empty", e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void WhitespaceOnlyFileIsAnError()
    {
        using var dir = new TempFolder();
        Assert.Throws<InputException>(() => DocumentReader.Read(dir.Write("blank.txt", " \n\t\n")));
    }

    [Fact]
    public void IdentityIsTheContentHashSoRenamingDoesNotChangeIt()
    {
        using var dir = new TempFolder();
        var a = DocumentReader.Read(dir.Write("a.txt", "Same words."));
        var b = DocumentReader.Read(dir.Write("b.txt", "Same words."));
        var c = DocumentReader.Read(dir.Write("c.txt", "Other words."));
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
        Assert.Equal("a", a.Id);
    }

    [Theory]
    [InlineData("page.html", "<p>x</p>", SourceFormat.Html)]
    [InlineData("page.htm", "<p>x</p>", SourceFormat.Html)]
    [InlineData("notes.md", "# x", SourceFormat.Markdown)]
    [InlineData("story.txt", "x", SourceFormat.Text)]
    [InlineData("noext", "<!DOCTYPE html><html><body>x</body></html>", SourceFormat.Html)]
    public void FormatComesFromTheExtensionOrTheContent(string name, string text, SourceFormat expected) =>
        Assert.Equal(expected, DocumentReader.DetectFormat(name, text));

    [Fact]
    public void FoldersAreReadRecursivelyAndMissingPathsReported()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "x");
        dir.Write("sub/b.html", "x");
        dir.Write("sub/ignored.json", "{}");
        var (files, missing) = InputFiles.Expand([dir.Path, dir.File("nope.txt")]);
        Assert.Equal(2, files.Count);
        Assert.Single(missing);
        Assert.Contains("no such file", missing[0].Message);
    }
}

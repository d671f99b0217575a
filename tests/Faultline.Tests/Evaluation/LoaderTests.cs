using System.Text.Json.Nodes;
using Faultline.Core.Evaluation;

namespace Faultline.Tests.Evaluation;

public sealed class LoaderTests
{
    [Theory]
    [InlineData("\"articles/000_abc.txt\"", "000_abc")]
    [InlineData("\"000_abc.html\"", "000_abc")]
    [InlineData("\"000_abc\"", "000_abc")]
    [InlineData("\"notes.md\"", "notes.md")]
    [InlineData("\".txt\"", ".txt")]
    [InlineData("null", "None")]
    [InlineData("7", "7")]
    public void SystemDocumentsArePairedByTheirFileNameWithoutExtension(string doc, string key)
    {
        Assert.Equal(key, DocumentKey.Of(JsonNode.Parse($$"""{"doc": {{doc}}}""")!.AsObject()));
    }

    [Fact]
    public void SystemFileMayHoldAnArrayOfDocuments()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """[{"doc": "a"}, {"doc": "b.txt"}]""");
            Assert.Equal(["a", "b"], SystemLoader.Load(path, () => TextReader.Null).Keys.Order());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SystemMayComeAsJsonlOnStandardInput()
    {
        var docs = SystemLoader.Load("-", () => new StringReader("{\"doc\": \"a\"}\n\n{\"doc\": \"b\"}\n"));
        Assert.Equal(2, docs.Count);
    }

    [Fact]
    public void MissingGoldFolderIsNamed()
    {
        var e = Assert.Throws<EvaluationInputException>(() => GoldLoader.Load("/nonexistent/gold"));
        Assert.Equal("/nonexistent/gold", e.Path);
    }
}

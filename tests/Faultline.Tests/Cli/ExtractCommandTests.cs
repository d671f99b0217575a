using System.Text.Json.Nodes;
using Faultline.Tests.Support;

namespace Faultline.Tests.Cli;

public class ExtractCommandTests
{
    private static readonly string[] Fields = ["doc", "title", "outlet", "author", "published", "actors", "people", "places", "events", "claims"];

    private static List<JsonObject> ExtractSamples()
    {
        var (exit, output, _) = CliRunner.Run("extract", TestPaths.SampleArticles, "--format", "jsonl");
        Assert.Equal(0, exit);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonObject)JsonNode.Parse(l)!).ToList();
    }

    [Fact]
    public void EverySampleGivesAnObjectWithEveryField()
    {
        var docs = ExtractSamples();
        Assert.Equal(5, docs.Count);
        foreach (var doc in docs)
            foreach (var field in Fields)
                Assert.True(doc.ContainsKey(field), $"{doc["doc"]} lacks {field}");
    }

    /// <summary>The gold gives a date or a list of acceptable ones (null among them when the text gives none).</summary>
    [Fact]
    public void PublishedDatesAgreeWithTheGold()
    {
        foreach (var doc in ExtractSamples())
        {
            var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleGold, doc["doc"] + ".json")))!;
            var goldDate = gold["published"]!["date"];
            var accepted = goldDate is JsonArray list ? list.Select(d => d?.GetValue<string>()).ToList() : [goldDate?.GetValue<string>()];
            var date = doc["published"]!["date"]?.GetValue<string>();
            Assert.Contains(accepted, g => g is null ? date is null : date is not null && date.StartsWith(g));
        }
    }

    [Fact]
    public void TextOptionAddsTheCleanedTextWithoutPageFurniture()
    {
        foreach (var file in Directory.GetFiles(TestPaths.SampleArticles))
        {
            var (_, output, _) = CliRunner.Run("extract", file, "--text");
            var text = JsonNode.Parse(output)!["text"]!.GetValue<string>();
            Assert.DoesNotContain("Advertisement", text);
            Assert.DoesNotContain("Most Read", text);
            Assert.DoesNotContain("math problem", text);
            Assert.DoesNotContain("Latest news", text);
        }
    }

    [Fact]
    public void ExtractWritesNoDatabase()
    {
        var before = Directory.GetFiles(Environment.CurrentDirectory, "*.db").Length;
        CliRunner.Run("extract", TestPaths.SampleArticles, "--format", "jsonl");
        Assert.Equal(before, Directory.GetFiles(Environment.CurrentDirectory, "*.db").Length);
    }
}

using System.Text.Json;
using Xunit.Abstractions;

namespace Faultline.Tests.Cleaning;

/// <summary>The whole Readability suite, scored as scripts/score-readability.sh does, against the targets.</summary>
public sealed class ReadabilitySuiteTests(ITestOutputHelper output)
{
    [ReadabilitySuiteFact]
    public void ArticleTextAndTitlesMatchReadabilityOnItsTestPages()
    {
        var extractor = HtmlPages.Extractor();
        var f1s = new List<double>();
        int titles = 0, titlesRight = 0;
        foreach (var page in Directory.EnumerateDirectories(ReadabilityPages.Directory!).Order(StringComparer.Ordinal))
        {
            var expectedPath = Path.Combine(page, "expected.html");
            var sourcePath = Path.Combine(page, "source.html");
            if (!File.Exists(expectedPath) || !File.Exists(sourcePath)) continue;
            var article = extractor.Extract(File.ReadAllText(sourcePath));
            f1s.Add(BagOfWords.F1(BagOfWords.Of(BagOfWords.HtmlText(File.ReadAllText(expectedPath))), BagOfWords.Of(article.Text)));
            var metaPath = Path.Combine(page, "expected-metadata.json");
            if (!File.Exists(metaPath)) continue;
            using var meta = JsonDocument.Parse(File.ReadAllText(metaPath));
            if (meta.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String && t.GetString()!.Length > 0)
            {
                titles++;
                if (BagOfWords.Normalize(article.Title) == BagOfWords.Normalize(t.GetString())) titlesRight++;
            }
        }
        double macro = f1s.Average();
        double titleAccuracy = (double)titlesRight / titles;
        output.WriteLine($"pages {f1s.Count}  macro F1 {macro:F3}  title accuracy {titleAccuracy:F3}");
        Assert.True(macro >= 0.90, $"macro F1 {macro:F3} < 0.90");
        Assert.True(titleAccuracy >= 0.90, $"title accuracy {titleAccuracy:F3} < 0.90");
    }
}

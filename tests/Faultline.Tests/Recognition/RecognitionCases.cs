using Faultline.Core.Analysis;
using Faultline.Core.Documents;
using Faultline.Core.Recognition;
using Faultline.Core.Segmentation;

namespace Faultline.Tests.Recognition;

/// <summary>Reads Cases/recognition/*.tsv and runs a sentence through segmentation and recognition.</summary>
public static class RecognitionCases
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() => KnowledgeBase.Load());

    public static KnowledgeBase Knowledge => Kb.Value;

    public static IEnumerable<object[]> All()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Faultline.Tests", "Cases", "recognition");
        foreach (var file in Directory.GetFiles(folder, "*.tsv").Order())
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var f = line.Split('\t');
                // "\n" in the text is a line break ("ISLAMABAD: ...\n\nDefence Minister X said").
                yield return [f[0], f[1].Replace("\\n", "\n"), f[2]];
            }
    }

    /// <summary>The clone's root: the case files are read where they are written, not copied to the build.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Faultline.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Faultline.sln not found above " + AppContext.BaseDirectory);
    }

    public static Document Analyze(string text, string? date)
    {
        var doc = new Document("case", text, SourceFormat.Text) { Text = text };
        if (date is not null && date != "-") doc.Metadata.Published = new PublishedDate(date, "byline");
        new Segmenter(Knowledge.Abbreviations).Process(doc);
        new EntityRecognizer(Knowledge.Recognition).Process(doc);
        new EntityCollector(Knowledge.Recognition).Process(doc);
        return doc;
    }
}

using Faultline.Core.Analysis;
using Faultline.Tests.Support;

namespace Faultline.Tests.Cleaning;

/// <summary>Cases in Cases/metadata/cases.tsv: an article file and the metadata a reader would note down.</summary>
public class MetadataReaderTests
{
    public static TheoryData<string, string?, string?, string?, string?, string?> Cases()
    {
        var data = new TheoryData<string, string?, string?, string?, string?, string?>();
        foreach (var line in File.ReadLines(TestPaths.Cases("metadata", "cases.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split('\t').Select(v => v == "-" ? null : v).ToArray();
            data.Add(f[0]!, f[1], f[2], f[3], f[4], f[5]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadsTitleAuthorOutletAndPublicationDate(string file, string? title, string? author, string? outlet, string? date, string? basis)
    {
        var doc = TestPaths.Analyzer.AnalyzeFile(TestPaths.Cases("metadata", file));
        Assert.Equal(title, doc.Metadata.Title);
        Assert.Equal(author, doc.Metadata.Author);
        Assert.Equal(outlet, doc.Metadata.Outlet);
        Assert.Equal(date, doc.Metadata.Published?.Date);
        Assert.Equal(basis, doc.Metadata.Published?.Basis);
    }

    [Fact]
    public void BylineAndCreditLinesAreNotPartOfTheArticleText()
    {
        var doc = TestPaths.Analyzer.AnalyzeFile(TestPaths.Cases("metadata", "credit-line.txt"));
        Assert.DoesNotContain("Sara Malik", doc.Text);
        Assert.DoesNotContain("Published in", doc.Text);
    }
}

using Faultline.Core.Knowledge;
using Faultline.Tests.Recognition;

namespace Faultline.Tests.Knowledge;

/// <summary>The knowledge loader rejects bad data naming file and line, and the shipped data loads clean.</summary>
public class KnowledgeBaseValidationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "faultline-kb-" + Guid.NewGuid().ToString("N"));

    public KnowledgeBaseValidationTests()
    {
        var source = Path.Combine(RecognitionCases.RepositoryRoot(), "data");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ShippedKnowledgeBaseLoadsClean()
    {
        var kb = RecognitionKnowledge.Load(_root);
        Assert.Contains("TTP", kb.Organisations.Keys);
        Assert.True(kb.Places.Count > 1000);
    }

    [Fact]
    public void ABranchOfNoKnownGroupIsRejectedWithFileAndLine()
    {
        int line = Append("kb/branches.tsv", "IS\tXYZ\tAFG");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"branches.tsv:{line}:", e.Message);
        Assert.Contains("'XYZ' is no group", e.Message);
    }

    [Fact]
    public void ABranchRegionOfUnknownCountriesIsRejected()
    {
        int line = Append("kb/branches.tsv", "TTP\tISK\tXXX");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"branches.tsv:{line}:", e.Message);
        Assert.Contains("unknown country 'XXX'", e.Message);
    }

    [Fact]
    public void DuplicateAliasIsRejectedWithFileAndLine()
    {
        int line = Append("kb/people.tsv", "Someone Else\tTTP\tPAK/GOV");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"people.tsv:{line}:", e.Message);
        Assert.Contains("already used", e.Message);
    }

    [Fact]
    public void DanglingGroupReferenceIsRejectedWithFileAndLine()
    {
        int line = Append("kb/metonyms.tsv", "Nowhere City\tAFG\tXYZ\tGOV\t\t");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"metonyms.tsv:{line}:", e.Message);
        Assert.Contains("unknown group 'XYZ'", e.Message);
    }

    [Fact]
    public void UnknownRoleCodeIsRejectedWithFileAndLine()
    {
        int line = Append("kb/people.tsv", "Nobody Atall\t\tPAK/XXX");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"people.tsv:{line}:", e.Message);
        Assert.Contains("unknown role code 'XXX'", e.Message);
    }

    [Fact]
    public void ReferenceLimitedToMalformedStateCodesIsRejected()
    {
        int line = Append("kb/references.tsv", "provincial cabinet\tstate\tGOV\tPAK|Pakistan");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"references.tsv:{line}:", e.Message);
        Assert.Contains("'Pakistan'", e.Message);
    }

    [Fact]
    public void UnknownCountryInTheGazetteerIsRejected()
    {
        int line = Append("gazetteer/curated.tsv", "Atlantis\tATL\tcity\t0\t0\t");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"curated.tsv:{line}:", e.Message);
    }

    [Fact]
    public void OverlappingPeriodsOfOneMetonymAreRejected()
    {
        int line = Append("kb/metonyms.tsv", "Kabul\tAFG\t\tGOV\t2021-01-01\t2021-12-31");
        var e = Assert.Throws<KnowledgeException>(() => RecognitionKnowledge.Load(_root));
        Assert.Contains($"metonyms.tsv:{line}:", e.Message);
    }

    private int Append(string relative, string row)
    {
        var path = Path.Combine(_root, relative);
        var lines = File.ReadAllLines(path).ToList();
        lines.Add(row);
        File.WriteAllLines(path, lines);
        return lines.Count;
    }
}

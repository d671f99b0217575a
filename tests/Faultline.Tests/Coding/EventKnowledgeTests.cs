using Faultline.Core.Coding;
using Faultline.Core.Knowledge;
using Faultline.Tests.Support;

namespace Faultline.Tests.Coding;

/// <summary>The event-coding data files load clean, and mistakes in them are reported with file and line.</summary>
public class EventKnowledgeTests
{
    [Fact]
    public void ShippedPatternsAndCodesLoad()
    {
        var k = EventCodingKnowledge.Load(TestPaths.Knowledge.Root);
        Assert.NotEmpty(k.Patterns.All);
        Assert.All(k.Patterns.All, p => Assert.True(k.Codes.IsKnown(p.Code) || k.Codes.IsKnown(p.Code[..3]), p.Id));
        Assert.NotEmpty(k.Named.All);
    }

    [Theory]
    [InlineData("195", 4, -10.0)]
    [InlineData("0841", 2, 7.0)]
    [InlineData("112", 3, -2.0)]
    [InlineData("057", 1, 8.0)]
    public void CodesKnowTheirQuadClassAndGoldstein(string code, int quad, double goldstein)
    {
        Assert.Equal(quad, CameoCodes.Quad(code));
        Assert.Equal(goldstein, TestPaths.Knowledge.Events.Codes.Goldstein(code));
    }

    [Fact]
    public void APatternWithAnUnknownCodeIsRejectedWithFileAndLine()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "patterns", "verbs.tsv"), "bogus\t999\tbogus\t*\t\n");
        var e = Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path));
        Assert.Contains("verbs.tsv:", e.Message);
        Assert.Contains("999", e.Message);
    }

    [Fact]
    public void ADuplicatePatternIdIsRejected()
    {
        using var dir = CopyOfData();
        var verbs = Path.Combine(dir.Path, "patterns", "verbs.tsv");
        File.AppendAllText(verbs, File.ReadLines(verbs).First(l => !l.StartsWith('#')) + "\n");
        Assert.Contains("duplicate pattern id", Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path)).Message);
    }

    [Fact]
    public void DyadicCodesCoverTheCodesTheyBegin()
    {
        var dyadic = TestPaths.Knowledge.Events.Dyadic;
        Assert.True(dyadic.NeedsTarget("042"));
        Assert.True(dyadic.NeedsTarget("0151"));
        Assert.False(dyadic.NeedsTarget("010"));
        Assert.False(dyadic.NeedsTarget("190"));
    }

    [Fact]
    public void ADyadicCodeThatIsNoCameoCodeIsRejectedWithFileAndLine()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "patterns", "dyadic-codes.tsv"), "99\tno such root\n");
        var e = Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path));
        Assert.Contains("dyadic-codes.tsv:", e.Message);
        Assert.Contains("'99'", e.Message);
    }

    [Fact]
    public void ANamedEventWithABadDateIsRejected()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "kb", "named-events.tsv"), "the big raid\t190\tPAK\t-\tlast year\t-\n");
        Assert.Contains("date must be", Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path)).Message);
    }

    [Fact]
    public void AtMostOnePatternCodesConditionalThreats()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "patterns", "verbs.tsv"), "menace\t130\tmenace\t*\tconditional\n");
        Assert.Contains("only one pattern may be 'conditional'", Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path)).Message);
    }

    [Fact]
    public void AtMostOnePatternCodesObligations()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "patterns", "verbs.tsv"), "insist\t100\tinsist\t*\tobligation\n");
        Assert.Contains("only one pattern may be 'obligation'", Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path)).Message);
    }

    [Fact]
    public void AnObjectWindowIsANumberOfWords()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "patterns", "verbs.tsv"), "warn.far\t130\twarn\tconsequences\twindow=many\n");
        Assert.Contains("window must be a number", Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path)).Message);
    }

    [Fact]
    public void AnUnnamedActorNeedsARoleCode()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "lexicons", "unnamed-actors.tsv"), "raiders\tattackers\n");
        Assert.Contains("role must be a code of data/kb/role-codes.tsv", Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path)).Message);
    }

    [Fact]
    public void ANamedEventsLastFieldIsOnlyUnique()
    {
        using var dir = CopyOfData();
        File.AppendAllText(Path.Combine(dir.Path, "kb", "named-events.tsv"), "the big raid\t190\tPAK\t-\t2020\t-\tonce\n");
        Assert.Contains("may only be 'unique'", Assert.Throws<KnowledgeException>(() => EventCodingKnowledge.Load(dir.Path)).Message);
    }

    [Fact]
    public void OnlyActsThatHappenOnceAreMarkedUnique()
    {
        var unique = TestPaths.Knowledge.Events.Named.All.Where(e => e.Unique).ToList();
        Assert.NotEmpty(unique);
        // Attacks recur: dating an undated attack from the knowledge base would give it another attack's date.
        Assert.DoesNotContain(unique, e => e.Code[..2] is "18");
    }

    [Theory]
    [InlineData("launched", "launch")]
    [InlineData("carried", "carry")]
    [InlineData("stopped", "stop")]
    [InlineData("fought", "fight")]
    [InlineData("strikes", "strike")]
    [InlineData("deporting", "deport")]
    [InlineData("seized", "seize")]
    public void LemmatiserFindsTheLemma(string form, string lemma) =>
        Assert.Contains(lemma, TestPaths.Knowledge.Events.Lemmatizer.Candidates(form));

    private static TempFolder CopyOfData()
    {
        var dir = new TempFolder();
        foreach (var file in Directory.GetFiles(TestPaths.Knowledge.Root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir.Path, Path.GetRelativePath(TestPaths.Knowledge.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return dir;
    }
}

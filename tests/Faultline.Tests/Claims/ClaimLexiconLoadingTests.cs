using Faultline.Core.Claims;
using Faultline.Core.Knowledge;

namespace Faultline.Tests.Claims;

/// <summary>The claim lexicons reject bad lines, naming the file and line.</summary>
public sealed class ClaimLexiconLoadingTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "faultline-claims-" + Guid.NewGuid().ToString("N"));

    public ClaimLexiconLoadingTests() => Directory.CreateDirectory(Path.Combine(_root, "lexicons"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string file, params string[] lines) =>
        File.WriteAllLines(Path.Combine(_root, "lexicons", file), lines);

    [Fact]
    public void DuplicateNumberWordIsRejectedWithFileAndLine()
    {
        Write("numbers.tsv", "# comment", "two\t2\tnumber", "two\t2\tnumber");
        var error = Assert.Throws<KnowledgeException>(() => NumberWords.Load(_root));
        Assert.Contains("numbers.tsv:3", error.Message);
    }

    [Fact]
    public void UnknownUnitIsRejected()
    {
        Write("units.tsv", "soldiers\tpeople\t1\tnoun", "litres\tvolume\t1\tnoun");
        var error = Assert.Throws<KnowledgeException>(() => Units.Load(_root));
        Assert.Contains("units.tsv:2", error.Message);
        Assert.Contains("volume", error.Message);
    }

    [Fact]
    public void UnknownQualifierIsRejected()
    {
        Write("qualifiers.tsv", "at least\tat_least", "well over\tplenty");
        Assert.Contains("qualifiers.tsv:2", Assert.Throws<KnowledgeException>(() => Qualifiers.Load(_root)).Message);
    }

    [Fact]
    public void ChangeDirectionMustBeRiseOrFall()
    {
        Write("change-words.tsv", "soar\tup");
        Assert.Contains("change-words.tsv:1", Assert.Throws<KnowledgeException>(() => ChangeWords.Load(_root)).Message);
    }

    [Fact]
    public void ShippedLexiconsLoad()
    {
        var lexicons = ClaimTestSupport.Knowledge.Claims;
        Assert.True(lexicons.Numbers.TryGet("dozen", out var dozen, out _));
        Assert.Equal(12, dozen);
    }
}

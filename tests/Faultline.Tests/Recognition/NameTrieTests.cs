using Faultline.Core.Knowledge;
using Faultline.Core.Recognition;

namespace Faultline.Tests.Recognition;

/// <summary>The token trie: longest match, overlaps, capitalisation and hyphenation.</summary>
public class NameTrieTests
{
    private static readonly DataLine Line = new("test.tsv", 1, []);

    private static NameTrie Trie(params (string Name, TargetKind Kind)[] names)
    {
        var registry = new NameRegistry();
        foreach (var (name, kind) in names) registry.Add(name, new NameTarget(kind, name, "test"), Line, unique: false);
        return registry.Trie;
    }

    private static List<string> Kept(NameTrie trie, string text)
    {
        var tokens = TokenNormalizer.Normalize(text);
        var (names, _) = OverlapPolicy.Select(trie.Find(tokens));
        return [.. names.Select(m => m.Targets[0].Id)];
    }

    [Fact]
    public void LongestMatchWins()
    {
        var trie = Trie(("Pakistan", TargetKind.State), ("Pakistani Taliban", TargetKind.Organisation), ("Pakistani", TargetKind.Demonym));
        Assert.Equal(["Pakistani Taliban", "Pakistan"], Kept(trie, "The Pakistani Taliban attacked Pakistan"));
    }

    [Fact]
    public void OverlappingMatchesKeepTheLongerOne()
    {
        var trie = Trie(("Islamic State", TargetKind.Organisation), ("Islamic State Khorasan Province", TargetKind.Organisation), ("Khorasan", TargetKind.Place));
        Assert.Equal(["Islamic State Khorasan Province"], Kept(trie, "the Islamic State Khorasan Province claimed it"));
    }

    [Fact]
    public void HyphensAndSpacesAreTheSame()
    {
        var trie = Trie(("Tehreek-e-Taliban Pakistan", TargetKind.Organisation));
        Assert.Single(Kept(trie, "Tehreek e Taliban Pakistan"));
        Assert.Single(Kept(trie, "TEHREEK-E-TALIBAN PAKISTAN"));
    }

    [Fact]
    public void HyphenTheDataDoesNotWriteSplitsNames()
    {
        var trie = Trie(("Pakistan Taliban", TargetKind.Organisation), ("Pakistan", TargetKind.State), ("Taliban", TargetKind.Organisation));
        Assert.Equal(["Pakistan Taliban"], Kept(trie, "the Pakistan Taliban attacked"));
        Assert.Equal(["Pakistan", "Taliban"], Kept(trie, "the Pakistan-Taliban relationship"));
    }

    [Fact]
    public void HyphenatedPairYieldsBothNames()
    {
        var trie = Trie(("Pak", TargetKind.State), ("Afghan", TargetKind.Demonym));
        Assert.Equal(["Pak", "Afghan"], Kept(trie, "the Pak-Afghan border"));
    }

    [Fact]
    public void AcronymsMatchOnlyInCapitals()
    {
        var trie = Trie(("US", TargetKind.State));
        Assert.Single(Kept(trie, "the US said"));
        Assert.Empty(Kept(trie, "they saw us as a way"));
    }

    [Fact]
    public void CapitalisedNamesNeedCapitals()
    {
        var trie = Trie(("Kabul", TargetKind.Place));
        Assert.Empty(Kept(trie, "kabul"));
        Assert.Single(Kept(trie, "in KABUL today"));
    }

    [Fact]
    public void AccentsAndPossessivesDoNotMatter()
    {
        var trie = Trie(("Kābul", TargetKind.Place));
        Assert.Single(Kept(trie, "Kabul's streets"));
    }

    [Fact]
    public void SecondWordMayCarryOneTypo()
    {
        var trie = Trie(("Faiz Hameed", TargetKind.Person));
        var matches = trie.Find(TokenNormalizer.Normalize("Faiz Hammed visited"));
        Assert.Contains(matches, m => m.Fuzzy && m.Length == 2);
        Assert.DoesNotContain(trie.Find(TokenNormalizer.Normalize("Faiz Hamid visited")), m => m.Length == 2 && m.Fuzzy);
    }

    [Fact]
    public void CommonWordPlacesAreNotTakenAtSentenceStart()
    {
        var registry = new NameRegistry();
        registry.Add("Tank", new NameTarget(TargetKind.Place, "Tank", "test") { CommonWord = true }, Line, unique: false);
        Assert.Empty(Kept(registry.Trie, "Tank battalions moved"));
        Assert.Single(Kept(registry.Trie, "Troops moved to Tank yesterday"));
    }
}

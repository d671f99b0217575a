using Faultline.Core.Knowledge;
using Faultline.Tests.Recognition;

namespace Faultline.Tests.Knowledge;

/// <summary>Who governs a state when that is a group (data/kb/governments.tsv), read from the shipped data.</summary>
public class GovernmentsTests
{
    private static readonly Governments Shipped = RecognitionKnowledge.Load(Path.Combine(RecognitionCases.RepositoryRoot(), "data")).Governments;

    [Theory]
    [InlineData("2016-06", true)]
    [InlineData("2021-08-14", true)]
    [InlineData("2021-08", false)]    // the month the Taliban took Kabul: they governed in part of it
    [InlineData("2021", false)]
    [InlineData("1998", false)]       // their first rule, 1996-2001
    [InlineData("2025-03-19", false)]
    public void TheTalibanGovernedAfghanistanOnlyInTheirTwoPeriods(string date, bool never) =>
        Assert.Equal(never, Shipped.NeverDuring("AFG", "TAL", date));

    [Theory]
    [InlineData("the Taliban's forces", true)]
    [InlineData("Islamic Emirate", true)]   // the start of an alias, "Islamic Emirate of Afghanistan"
    [InlineData("Afghan forces", false)]
    [InlineData("Kabul", false)]
    [InlineData("Afghan", false)]           // one word that begins an alias ("Afghan Taliban") names only the state
    public void AGroupIsNamedByItsNameOrAliasNotByItsState(string name, bool names) =>
        Assert.Equal(names, Shipped.NamesGroup("TAL", name));
}

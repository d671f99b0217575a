using System.Globalization;

namespace Faultline.Tests.Claims;

/// <summary>Cases/claims/kinds.tsv: whether a figure is a level or a change, and which way.</summary>
public class ClaimKindTests
{
    public static IEnumerable<object[]> Kinds() => CaseFile.Rows("kinds.tsv", 3);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void FigureIsALevelOrAChangeInTheRightDirection(string text, string value, string kind, string where)
    {
        double expected = double.Parse(value, CultureInfo.InvariantCulture);
        var claim = ClaimTestSupport.Extract(text).FirstOrDefault(c => Math.Abs(c.Value - expected) < 1e-6);
        Assert.True(claim is not null, $"{where}: no claim with value {value}");
        Assert.Equal((where, kind), (where, claim.Kind == "level" ? "level" : claim.Direction));
    }
}

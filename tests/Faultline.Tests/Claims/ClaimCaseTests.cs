using System.Globalization;

namespace Faultline.Tests.Claims;

/// <summary>The example files of Cases/claims/, run as theories: each line is one case a domain expert can add.</summary>
public class ClaimCaseTests
{
    public static IEnumerable<object[]> Claims() =>
        CaseFile.Rows("periods.tsv", 7).Concat(CaseFile.Rows("attribution.tsv", 7)).Concat(CaseFile.Rows("units.tsv", 7));

    public static IEnumerable<object[]> NonClaims() => CaseFile.Rows("non-claims.tsv", 3);

    [Theory]
    [MemberData(nameof(Claims))]
    public void ClaimHasExpectedUnitPeriodBaselineAndSource(
        string text, string published, string value, string unit, string period, string baseline, string source, string where)
    {
        var claims = ClaimTestSupport.Extract(text, Null(published));
        double expected = double.Parse(value, CultureInfo.InvariantCulture);
        var claim = claims.FirstOrDefault(c => Math.Abs(c.Value - expected) < 1e-6);
        Assert.True(claim is not null,
            $"{where}: no claim with value {value}; found {string.Join(", ", claims.Select(c => c.Value))}");
        Assert.Equal((where, unit), (where, claim.Unit));
        Assert.Equal((where, Null(period)), (where, claim.Period));
        Assert.Equal((where, Null(baseline)), (where, claim.Baseline));
        if (source != "*") Assert.Equal((where, Null(source)), (where, claim.Source));
    }

    [Theory]
    [MemberData(nameof(NonClaims))]
    public void TextYieldsOnlyTheListedClaims(string text, string published, string values, string where)
    {
        var expected = values is "" or "-"
            ? []
            : values.Split(',').Select(v => double.Parse(v.Trim(), CultureInfo.InvariantCulture)).OrderBy(v => v).ToList();
        var found = ClaimTestSupport.Extract(text, Null(published)).Select(c => c.Value).OrderBy(v => v).ToList();
        Assert.Equal((where, string.Join(",", expected)), (where, string.Join(",", found)));
    }

    private static string? Null(string field) => field is "-" or "" ? null : field;
}

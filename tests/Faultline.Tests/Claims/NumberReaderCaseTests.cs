using System.Globalization;

namespace Faultline.Tests.Claims;

/// <summary>Cases/claims/numbers.tsv: how the number reader reads one written figure.</summary>
public class NumberReaderCaseTests
{
    public static IEnumerable<object[]> Numbers() => CaseFile.Rows("numbers.tsv", 5);

    [Theory]
    [MemberData(nameof(Numbers))]
    public void ReaderReadsValueRangeQualifierAndMarkedUnit(string text, string value, string high, string qualifier, string unit, string where)
    {
        var found = ClaimTestSupport.Reader.Find(text);
        Assert.True(found.Count == 1, $"{where}: expected one figure in '{text}', found {found.Count}");
        var n = found[0];
        Assert.Equal((where, double.Parse(value, CultureInfo.InvariantCulture)), (where, n.Value));
        Assert.Equal((where, high == "-" ? null : double.Parse(high, CultureInfo.InvariantCulture)), (where, n.High));
        Assert.Equal((where, qualifier), (where, n.Qualifier));
        Assert.Equal((where, unit == "-" ? null : unit), (where, n.Unit));
    }
}

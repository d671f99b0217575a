using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Faultline.Tests.Claims;

/// <summary>Properties of the number reader: whatever way a value is written, it reads back as that value.</summary>
public class NumberReaderProperties
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static double ReadOne(string text)
    {
        var found = ClaimTestSupport.Reader.Find(text);
        return found.Count == 1 ? found[0].Value : double.NaN;
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static Gen<long> Whole(long max) => Gen.Choose(0, int.MaxValue).Select(i => (long)i % max + 1);

    [Fact]
    public void DigitsWithThousandsSeparatorsReadBackToTheirValue() =>
        Prop.ForAll(Whole(2_000_000_000).ToArbitrary(), n =>
            Near(ReadOne($"officials counted {n.ToString("N0", Invariant)} of them"), n)).QuickCheckThrowOnFailure();

    [Fact]
    public void DecimalsReadBackToTheirValue() =>
        Prop.ForAll(Whole(100_000).ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), (whole, cents) =>
        {
            var text = $"{whole}.{cents:D2}";
            return Near(ReadOne($"a rise of {text} in all"), double.Parse(text, Invariant));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void DecimalsWithScaleWordsReadBackToTheirValue() =>
        Prop.ForAll(Whole(999).ToArbitrary(), Gen.Choose(0, 9).ToArbitrary(), Gen.Elements("million", "billion").ToArbitrary(),
            (whole, tenth, scale) =>
            {
                double factor = scale == "million" ? 1e6 : 1e9;
                return Near(ReadOne($"some {whole}.{tenth} {scale} people"), (whole + tenth / 10.0) * factor);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void NumbersWrittenInWordsReadBackToTheirValue() =>
        Prop.ForAll(Whole(999_999_999).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (n, withAnd) =>
            Near(ReadOne($"they said {EnglishNumbers.Words(n, withAnd)} soldiers died"), n)).QuickCheckThrowOnFailure();

    [Fact]
    public void PercentagesReadBackWithTheirUnitHoweverWritten() =>
        Prop.ForAll(Whole(1000).ToArbitrary(), Gen.Elements("%", " per cent", " percent", "pc").ToArbitrary(), (n, sign) =>
        {
            var found = ClaimTestSupport.Reader.Find($"a {n}{sign} rise");
            return found.Count == 1 && Near(found[0].Value, n) && found[0].Unit == "percent";
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void RangesKeepBothEnds() =>
        Prop.ForAll(Whole(50_000).ToArbitrary(), Whole(50_000).ToArbitrary(), Gen.Elements(" to ", "-", "–").ToArbitrary(), (a, extra, dash) =>
        {
            long b = a + extra;
            var found = ClaimTestSupport.Reader.Find($"between {a:N0} and {b:N0} refugees, or {a:N0}{dash}{b:N0} families");
            return found.Count == 2 && found.All(f => Near(f.Value, a) && f.High is { } h && Near(h, b));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void QualifiersAreKeptAndDoNotChangeTheValue() =>
        Prop.ForAll(Whole(1_000_000).ToArbitrary(),
            Gen.Elements(("at least", "at_least"), ("more than", "more_than"), ("nearly", "at_most"), ("around", "about"), ("up to", "at_most")).ToArbitrary(),
            (n, q) =>
            {
                var found = ClaimTestSupport.Reader.Find($"{q.Item1} {n:N0} deaths");
                return found.Count == 1 && Near(found[0].Value, n) && found[0].Qualifier == q.Item2;
            }).QuickCheckThrowOnFailure();
}

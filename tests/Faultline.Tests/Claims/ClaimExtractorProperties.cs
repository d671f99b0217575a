using FsCheck;
using FsCheck.Fluent;

namespace Faultline.Tests.Claims;

/// <summary>Properties of the claim stage over text stitched from the words its rules look at.</summary>
public class ClaimExtractorProperties
{
    private static readonly string[] Pieces =
    [
        "1,500", "12", "2023", "1.7", "million", "two", "one", "dozen", "half", "a", "hundreds", "of", "those", "the",
        "at", "least", "more", "than", "up", "to", "-", "–", "%", "per", "cent", "$", "Rs", "km", "people", "attacks",
        "killed", "in", "December", "May", "last", "year", "month", "since", "compared", "with", "first", "nine",
        "months", "said", "according", "report", "[1]", "9/11", "(", ")", ",", ".", "“", "”", "rose", "by", "increase",
        "another", "between", "and", "officials", "alone", "on", "26", "1980s", "year-on-year", "the year before",
    ];

    private static Gen<string> Texts =>
        Gen.Elements(Pieces).ListOf().Select(words => string.Join(" ", words));

    [Fact]
    public void ExtractionNeverFailsAndEveryClaimPointsIntoItsSentence() =>
        Prop.ForAll(Texts.ToArbitrary(), Gen.Elements<string?>(null, "2024-04-21", "2022").ToArbitrary(), (text, published) =>
        {
            var claims = ClaimTestSupport.Extract(text, published);
            return claims.All(c => c.Span.Start >= 0 && c.Span.End <= text.Length && c.Span.Length > 0
                                   && Faultline.Core.Claims.Units.Known.Contains(c.Unit) && c.Unit != "none");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
}

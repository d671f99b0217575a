using Faultline.Core.Claims;
using Faultline.Core.Documents;

namespace Faultline.Tests.Claims;

public class ClaimReconcilerTests
{
    private static SourcedClaim From(string doc, double value, string subject, string? period = "2023",
        string unit = "people", string qualifier = "exact", string kind = "level", string? part = null, string? baseline = null,
        string? direction = null) =>
        new(doc, doc.ToUpperInvariant(), new Claim
        {
            Value = value, Unit = unit, Subject = subject, Period = period, Qualifier = qualifier, Kind = kind,
            PeriodPart = part, Baseline = baseline, Direction = direction, RuleId = "test",
        });

    [Fact]
    public void ValuesWithinToleranceForTheSamePeriodAreCorroborated()
    {
        var groups = ClaimReconciler.Reconcile([
            From("a", 1500, "deaths in militant attacks in Pakistan"),
            From("b", 1524, "deaths from militant attacks"),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal("corroborated", group.Label);
        Assert.Equal(2, group.Documents);
    }

    [Fact]
    public void ValuesBeyondToleranceForTheSamePeriodConflict()
    {
        var group = Assert.Single(ClaimReconciler.Reconcile([
            From("a", 1500, "deaths in militant attacks"),
            From("b", 1900, "militant attack deaths"),
        ]));
        Assert.Equal(GroupStatus.Conflicting, group.Status);
        Assert.Contains("1900 (B)", group.Reason);
    }

    [Fact]
    public void WholeYearAndFirstNineMonthsAreNotComparable()
    {
        var group = Assert.Single(ClaimReconciler.Reconcile([
            From("a", 386, "security personnel killed", part: "first nine months"),
            From("b", 500, "security personnel killed"),
        ]));
        Assert.Equal("not_comparable", group.Label);
        Assert.Contains("first nine months", group.Reason);
    }

    [Fact]
    public void ChangesAgainstDifferentBaselinesAreNotComparable()
    {
        var groups = ClaimReconciler.Reconcile([
            From("a", 56, "increase in attacks", unit: "percent", kind: "change", baseline: "2022", direction: "rise"),
            From("b", 30, "increase in attacks", unit: "percent", kind: "change", baseline: "2021", direction: "rise"),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal(GroupStatus.NotComparable, group.Status);
        Assert.Contains("against 2022", group.Reason);
    }

    [Fact]
    public void AtLeastAgreesWithALargerExactValue()
    {
        var group = Assert.Single(ClaimReconciler.Reconcile([
            From("a", 386, "security personnel killed", qualifier: "at_least"),
            From("b", 410, "security personnel killed"),
        ]));
        Assert.Equal(GroupStatus.Corroborated, group.Status);
    }

    [Fact]
    public void UpToConflictsWithALargerExactValue()
    {
        var group = Assert.Single(ClaimReconciler.Reconcile([
            From("a", 150, "fighters released", qualifier: "at_most"),
            From("b", 300, "fighters released"),
        ]));
        Assert.Equal(GroupStatus.Conflicting, group.Status);
    }

    [Fact]
    public void DifferentUnitsKindsOrSubjectsAreNotGrouped()
    {
        var groups = ClaimReconciler.Reconcile([
            From("a", 56, "deaths in terror attacks", unit: "percent", kind: "change", direction: "rise"),
            From("b", 56, "deaths in terror attacks"),
            From("c", 99, "terror attacks", unit: "attacks"),
            From("d", 500000, "undocumented migrants expelled"),
        ]);
        Assert.Empty(groups);
    }

    [Fact]
    public void ASingleFigureFormsNoGroup() =>
        Assert.Empty(ClaimReconciler.Reconcile([From("a", 2640, "length of the border", unit: "km", period: null)]));

    [Fact]
    public void SameMeasureSplitsIntoComparableGroupsAndOneNotComparableGroup()
    {
        var groups = ClaimReconciler.Reconcile([
            From("a", 294, "militant attacks in Pakistan", unit: "attacks", period: "2021"),
            From("b", 290, "attacks by militants in Pakistan", unit: "attacks", period: "2021"),
            From("c", 45, "militant attacks in Pakistan", unit: "attacks", period: "2021-12"),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Status == GroupStatus.Corroborated && g.Members.Count == 2);
        Assert.Contains(groups, g => g.Status == GroupStatus.NotComparable && g.Members.Count == 3);
    }

    [Fact]
    public void ReconcilingTwiceGivesTheSameGroups()
    {
        SourcedClaim[] input = [From("a", 10, "attacks on police", unit: "attacks"), From("b", 11, "police attacks", unit: "attacks")];
        var first = ClaimReconciler.Reconcile(input);
        var second = ClaimReconciler.Reconcile(input);
        Assert.Equal(first.Select(g => (g.Label, g.Reason)), second.Select(g => (g.Label, g.Reason)));
    }

    [Fact]
    public void FiguresExtractedFromTwoArticlesAboutTheSameYearCorroborate()
    {
        var first = ClaimTestSupport.Extract("According to the think tank, 1,524 people died in militant violence in 2023.");
        var second = ClaimTestSupport.Extract("Militant violence killed 1,550 people in 2023, officials said.");
        var groups = ClaimReconciler.Reconcile([
            .. first.Select(c => new SourcedClaim("one", "Dawn", c)),
            .. second.Select(c => new SourcedClaim("two", "DW", c)),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal(GroupStatus.Corroborated, group.Status);
    }

    private static ReconcileOptions WithMeasures => Support.TestPaths.Knowledge.Claims.ReconcileOptions;

    [Fact]
    public void SubjectsNamingDifferentMeasuresAreNeverCompared()
    {
        var groups = ClaimReconciler.Reconcile([
            From("a", 40, "rise in insurgent attacks in the province", unit: "percent", kind: "change", direction: "rise"),
            From("b", 40, "rise in deaths from insurgent attacks", unit: "percent", kind: "change", direction: "rise"),
        ], WithMeasures);
        Assert.Empty(groups);
    }

    [Fact]
    public void SubjectsNamingTheSameMeasureInOtherWordsAreCompared()
    {
        var group = Assert.Single(ClaimReconciler.Reconcile([
            From("a", 900, "fatalities from militant violence"),
            From("b", 910, "deaths in terror incidents"),
        ], WithMeasures));
        Assert.Equal(GroupStatus.Corroborated, group.Status);
    }

    [Fact]
    public void FiguresOfOneArticleAreNotWeighedAgainstEachOther()
    {
        Assert.Empty(ClaimReconciler.Reconcile([
            From("a", 386, "security personnel killed"),
            From("a", 137, "army personnel killed"),
        ], WithMeasures));
    }

    [Fact]
    public void AYearStillRunningWhenReportedIsNotComparableWithTheWholeYear()
    {
        var doc = Support.Docs.Analyze("Report\n\nThis August, a monitoring group said there had been 30 percent more deaths in attacks in 2029 compared to 2028.");
        var claim = Assert.Single(doc.Claims);
        Assert.Equal("2029", claim.Period);
        Assert.Equal("to 2029-08", claim.PeriodPart);
        var group = Assert.Single(ClaimReconciler.Reconcile([
            new SourcedClaim("a", null, claim),
            From("b", 30, "deaths in attacks", period: "2029", unit: "percent", kind: "change", baseline: "2028", direction: "rise"),
        ], WithMeasures));
        Assert.Equal(GroupStatus.NotComparable, group.Status);
        Assert.Contains("to 2029-08", group.Reason);
    }
}

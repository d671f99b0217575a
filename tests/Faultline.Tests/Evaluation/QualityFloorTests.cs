using Faultline.Core.Evaluation;
using Faultline.Core.Output;
using Faultline.Tests.Support;

namespace Faultline.Tests.Evaluation;

/// <summary>
/// The event coder's measured quality on the bundled gold sets (the development corpus and twenty-two held-out sets
/// annotated apart from the code) stays at about what each reaches now (never below the bar issue #4 sets where a set
/// meets it): a change that loses events, precision or dates anywhere fails here, whatever its example files say.
/// </summary>
public sealed class QualityFloorTests
{
    [Theory]
    [InlineData("afpak", 0.82, 0.91, 0.85)]
    [InlineData("heldout", 0.80, 0.93, 0.95)]
    [InlineData("heldout2", 0.83, 0.84, 0.82)]
    [InlineData("heldout3", 0.73, 0.89, 0.88)]
    // The later held-out sets are below the bar in places (see the README).
    [InlineData("heldout4", 0.76, 0.85, 0.69)]
    [InlineData("heldout5", 0.72, 0.81, 0.69)]
    [InlineData("heldout6", 0.78, 0.87, 0.74)]
    [InlineData("heldout7", 0.69, 0.81, 0.69)]
    [InlineData("heldout8", 0.65, 0.73, 0.75)]
    [InlineData("heldout9", 0.74, 0.82, 0.77)]
    [InlineData("heldout10", 0.74, 0.83, 0.79)]
    [InlineData("heldout11", 0.70, 0.81, 0.75)]
    [InlineData("heldout12", 0.56, 0.74, 0.72)]
    [InlineData("heldout13", 0.57, 0.79, 0.65)]
    [InlineData("heldout14", 0.72, 0.91, 0.67)]
    [InlineData("heldout15", 0.61, 0.83, 0.64)]
    [InlineData("heldout16", 0.55, 0.66, 0.74)]
    [InlineData("heldout17", 0.55, 0.73, 0.54)]
    [InlineData("heldout18", 0.51, 0.74, 0.52)]
    [InlineData("heldout19", 0.57, 0.80, 0.72)]
    [InlineData("heldout20", 0.53, 0.67, 0.72)]
    [InlineData("heldout21", 0.49, 0.70, 0.62)]
    [InlineData("heldout22", 0.55, 0.73, 0.72)]
    public void EventsAndTheirDatesMeetTheBar(string set, double f1, double precision, double dateAccuracy)
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "samples", set);
        var system = Directory.GetFiles(Path.Combine(folder, "articles")).Order()
            .Select(f => DocumentJson.ToJson(TestPaths.Analyzer.AnalyzeFile(f)));
        var report = Scorer.Score(GoldLoader.Load(Path.Combine(folder, "gold")), SystemLoader.Index(system));
        var events = report.Overall["events"];
        Assert.True(events.F1 >= f1, $"{set}: events F1 {events.F1:0.000} < {f1}");
        Assert.True(events.Precision >= precision, $"{set}: events precision {events.Precision:0.000} < {precision}");
        var dates = report.EventAttributes["date"].Value ?? 0;
        Assert.True(dates >= dateAccuracy, $"{set}: event date accuracy {dates:0.000} < {dateAccuracy}");
    }
}

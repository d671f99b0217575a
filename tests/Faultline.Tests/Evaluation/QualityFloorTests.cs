using Faultline.Core.Evaluation;
using Faultline.Core.Output;
using Faultline.Tests.Support;

namespace Faultline.Tests.Evaluation;

/// <summary>
/// The event coder's measured quality on the bundled gold sets (the development corpus and seventy-four held-out sets
/// annotated apart from the code) stays at about what each reaches now (never below the bar issue #4 sets where a set
/// meets it): a change that loses events, precision or dates anywhere fails here, whatever its example files say.
/// </summary>
public sealed class QualityFloorTests
{
    [Theory]
    [InlineData("afpak", 0.82, 0.91, 0.85)]
    [InlineData("heldout", 0.80, 0.93, 0.95)]
    [InlineData("heldout2", 0.83, 0.85, 0.82)]
    [InlineData("heldout3", 0.73, 0.87, 0.88)]
    // The later held-out sets are below the bar in places (see the README).
    [InlineData("heldout4", 0.77, 0.85, 0.71)]
    [InlineData("heldout5", 0.73, 0.82, 0.69)]
    [InlineData("heldout6", 0.79, 0.87, 0.74)]
    [InlineData("heldout7", 0.76, 0.90, 0.74)]
    [InlineData("heldout8", 0.65, 0.74, 0.75)]
    [InlineData("heldout9", 0.77, 0.84, 0.80)]
    [InlineData("heldout10", 0.75, 0.84, 0.79)]
    [InlineData("heldout11", 0.72, 0.82, 0.82)]
    [InlineData("heldout12", 0.57, 0.77, 0.72)]
    [InlineData("heldout13", 0.59, 0.83, 0.64)]
    [InlineData("heldout14", 0.73, 0.91, 0.75)]
    [InlineData("heldout15", 0.65, 0.85, 0.67)]
    [InlineData("heldout16", 0.61, 0.72, 0.79)]
    [InlineData("heldout17", 0.60, 0.77, 0.61)]
    [InlineData("heldout18", 0.54, 0.76, 0.55)]
    [InlineData("heldout19", 0.57, 0.82, 0.72)]
    [InlineData("heldout20", 0.60, 0.74, 0.73)]
    [InlineData("heldout21", 0.51, 0.72, 0.62)]
    [InlineData("heldout22", 0.57, 0.73, 0.73)]
    [InlineData("heldout23", 0.68, 0.78, 0.63)]
    [InlineData("heldout24", 0.67, 0.84, 0.73)]
    [InlineData("heldout25", 0.63, 0.69, 0.65)]
    [InlineData("heldout26", 0.59, 0.80, 0.62)]
    [InlineData("heldout27", 0.45, 0.59, 0.73)]
    [InlineData("heldout28", 0.46, 0.62, 0.58)]
    [InlineData("heldout29", 0.60, 0.74, 0.67)]
    [InlineData("heldout30", 0.60, 0.77, 0.54)]
    [InlineData("heldout31", 0.51, 0.64, 0.61)]
    [InlineData("heldout32", 0.44, 0.59, 0.42)]
    [InlineData("heldout33", 0.56, 0.64, 0.63)]
    [InlineData("heldout34", 0.50, 0.61, 0.53)]
    [InlineData("heldout35", 0.54, 0.66, 0.67)]
    [InlineData("heldout36", 0.52, 0.73, 0.57)]
    [InlineData("heldout37", 0.37, 0.56, 0.49)]
    // (Set 38: more events found since its first reading pair differently under the scorer's matching by root and actors;
    // its date floor moves 0.66 -> 0.65 while F1 and precision floors rise to the new reading minus 0.03.)
    [InlineData("heldout38", 0.60, 0.77, 0.65)]
    // (Sets 39 to 46: at their readings after their publication dates were read, minus 0.03.)
    [InlineData("heldout39", 0.36, 0.55, 0.41)]
    [InlineData("heldout40", 0.77, 0.83, 0.53)]
    [InlineData("heldout41", 0.51, 0.79, 0.41)]
    [InlineData("heldout42", 0.56, 0.74, 0.38)]
    [InlineData("heldout43", 0.41, 0.72, 0.50)]
    [InlineData("heldout44", 0.49, 0.63, 0.54)]
    [InlineData("heldout45", 0.33, 0.77, 0.64)]
    [InlineData("heldout46", 0.43, 0.69, 0.59)]
    // (Sets 47 to 50: at their readings after set 47's thread stamps were read, minus 0.03.)
    [InlineData("heldout47", 0.22, 0.60, 0.59)]
    [InlineData("heldout48", 0.48, 0.70, 0.48)]
    [InlineData("heldout49", 0.42, 0.54, 0.62)]
    [InlineData("heldout50", 0.27, 0.43, 0.42)]
    // (Sets 51 to 54, ordinary news genres: at their first reading, minus 0.03, but never below the bar a set met.)
    [InlineData("heldout51", 0.31, 0.75, 0.43)]
    [InlineData("heldout52", 0.69, 0.76, 0.27)]
    [InlineData("heldout53", 0.65, 0.82, 0.60)]
    [InlineData("heldout54", 0.46, 0.77, 0.67)]
    // (Sets 55 to 58, ordinary news genres: at their first reading, minus 0.03, but never below the bar a set met.)
    [InlineData("heldout55", 0.68, 0.75, 0.70)]
    [InlineData("heldout56", 0.65, 0.75, 0.32)]
    [InlineData("heldout57", 0.54, 0.66, 0.36)]
    [InlineData("heldout58", 0.61, 0.82, 0.59)]
    // (Sets 59 to 70, written the same way: the same rule.)
    [InlineData("heldout59", 0.59, 0.77, 0.43)]
    [InlineData("heldout60", 0.57, 0.68, 0.55)]
    [InlineData("heldout61", 0.46, 0.61, 0.43)]
    [InlineData("heldout62", 0.67, 0.75, 0.56)]
    [InlineData("heldout63", 0.54, 0.62, 0.55)]
    [InlineData("heldout64", 0.55, 0.69, 0.54)]
    [InlineData("heldout65", 0.59, 0.70, 0.67)]
    [InlineData("heldout66", 0.54, 0.70, 0.63)]
    [InlineData("heldout67", 0.61, 0.75, 0.46)]
    [InlineData("heldout68", 0.60, 0.69, 0.72)]
    [InlineData("heldout69", 0.57, 0.75, 0.63)]
    [InlineData("heldout70", 0.57, 0.80, 0.40)]
    [InlineData("heldout71", 0.52, 0.60, 0.57)]
    [InlineData("heldout72", 0.54, 0.63, 0.72)]
    [InlineData("heldout73", 0.66, 0.85, 0.70)]
    [InlineData("heldout74", 0.65, 0.79, 0.67)]
    [InlineData("heldout75", 0.54, 0.82, 0.60)]
    [InlineData("heldout76", 0.50, 0.63, 0.54)]
    [InlineData("heldout77", 0.56, 0.69, 0.63)]
    [InlineData("heldout78", 0.50, 0.69, 0.56)]
    [InlineData("heldout79", 0.43, 0.77, 0.57)]
    [InlineData("heldout80", 0.65, 0.80, 0.73)]
    [InlineData("heldout81", 0.62, 0.82, 0.61)]
    [InlineData("heldout82", 0.37, 0.57, 0.66)]
    [InlineData("heldout83", 0.54, 0.76, 0.62)]
    [InlineData("heldout84", 0.62, 0.86, 0.72)]
    [InlineData("heldout85", 0.47, 0.79, 0.72)]
    [InlineData("heldout86", 0.68, 0.92, 0.52)]
    [InlineData("heldout87", 0.58, 0.76, 0.64)]
    [InlineData("heldout88", 0.48, 0.78, 0.44)]
    [InlineData("heldout89", 0.50, 0.63, 0.62)]
    [InlineData("heldout90", 0.59, 0.72, 0.57)]
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

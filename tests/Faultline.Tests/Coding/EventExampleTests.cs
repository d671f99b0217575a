using System.Text;
using Faultline.Core.Documents;
using Faultline.Core.Input;
using Faultline.Tests.Support;

namespace Faultline.Tests.Coding;

/// <summary>Runs every example of Cases/events through the whole pipeline.</summary>
public class EventExampleTests
{
    public static TheoryData<EventExample> Examples() => new(EventExample.Load(TestPaths.Cases("events")));

    [Theory]
    [MemberData(nameof(Examples))]
    public void CodesTheEventsAnAnalystWould(EventExample example)
    {
        var text = (example.Published is { } date ? $"Report\n\nBy Test Writer {date}\n\n" : "Report\n\n") + example.Passage;
        var doc = TestPaths.Analyzer.Analyze(DocumentReader.FromBytes(Encoding.UTF8.GetBytes(text), "example", "example.txt"));
        var got = doc.Events.Select(e => $"{e.Actor1.Key} {e.Root} {e.Actor2?.Key ?? "-"}").Order().ToList();
        Assert.Equal(example.Expected.Select(e => e.ToString()).Order().ToList(), got);
        // Each expected line takes its own event: two acts with the same actors and root are told apart by their attributes.
        var left = doc.Events.ToList();
        foreach (var expected in example.Expected.OrderByDescending(x => x.Attributes.Count))
        {
            var candidates = left.Where(x => $"{x.Actor1.Key} {x.Root} {x.Actor2?.Key ?? "-"}" == expected.ToString()).ToList();
            var e = candidates.FirstOrDefault(x => Mismatch(expected, x) is null) ?? candidates[0];
            Assert.Null(Mismatch(expected, e));
            left.Remove(e);
        }
    }

    /// <summary>The first expected attribute the event does not have, as "name: expected vs actual", or null.</summary>
    private static string? Mismatch(ExpectedEvent expected, CodedEvent e)
    {
        foreach (var (name, value) in expected.Attributes)
        {
            var actual = name switch
            {
                "date" => e.Date,
                "place" => e.Location?.Name,
                "dead" => e.Fatalities?.ToString(),
                "code" => e.Code,
                _ => throw new InvalidOperationException($"unknown attribute '{name}'"),
            };
            // ("date:none": the act must stay undated.)
            if ((actual ?? "none") != value) return $"{expected} {name}: expected {value}, got {actual ?? "none"}";
        }
        return null;
    }
}

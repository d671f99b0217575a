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
        foreach (var expected in example.Expected)
        {
            var e = doc.Events.First(x => $"{x.Actor1.Key} {x.Root} {x.Actor2?.Key ?? "-"}" == expected.ToString());
            if (expected.Attributes.TryGetValue("date", out var d)) Assert.Equal(d, e.Date);
            if (expected.Attributes.TryGetValue("place", out var p)) Assert.Equal(p, e.Location?.Name);
            if (expected.Attributes.TryGetValue("dead", out var n)) Assert.Equal(int.Parse(n), e.Fatalities);
            if (expected.Attributes.TryGetValue("code", out var c)) Assert.Equal(c, e.Code);
        }
    }
}

using System.Text.Json.Nodes;
using Faultline.Core.Evaluation;

namespace Faultline.Tests.Evaluation;

/// <summary>
/// The port against the reference scorer on a fixed fixture. Cases/eval/expected.json is the verbatim output of
///   cd tests/Faultline.Tests/Cases &amp;&amp; python3 ../../../../shared/tools/score.py --gold eval/gold --system eval/system.jsonl --json
/// (run once, score.py as of November 2026); rerun it and replace the file if the fixture changes.
/// </summary>
public sealed class ScorePyCrossCheckTests
{
    private static EvaluationReport Report() =>
        Scorer.Score(GoldLoader.Load(EvalCases.Gold), SystemLoader.Load(EvalCases.System, () => TextReader.Null));

    [Fact]
    public void OverallFiguresAreThoseOfScorePy()
    {
        var o = Report().Overall;
        // score.py: events 0.714 0.714 0.714 5 2 2; actors 0.800 0.667 0.727 4 1 2; people 0.750 1.000 0.857 3 1 0;
        // places 0.333 0.500 0.400 1 2 1; claims 0.667 0.667 0.667 2 1 1.
        Assert.Equal((5, 2, 2), (o["events"].Tp, o["events"].Fp, o["events"].Fn));
        Assert.Equal((4, 1, 2), (o["actors"].Tp, o["actors"].Fp, o["actors"].Fn));
        Assert.Equal((3, 1, 0), (o["people"].Tp, o["people"].Fp, o["people"].Fn));
        Assert.Equal((1, 2, 1), (o["places"].Tp, o["places"].Fp, o["places"].Fn));
        Assert.Equal((2, 1, 1), (o["claims"].Tp, o["claims"].Fp, o["claims"].Fn));
        Assert.Equal(0.727, Math.Round(o["actors"].F1, 3));
    }

    [Fact]
    public void AttributeAccuraciesAreThoseOfScorePy()
    {
        var r = Report();
        // score.py: date 1.0/4, location 1.0/2, fatalities 1.0/2, role 1.0/3, code 0.25/4; unit 0.5/2, period 1.0/1;
        // published 0.667 over 3.
        Assert.Equal((4, 4), (r.EventAttributes["date"].Ok, r.EventAttributes["date"].N));
        Assert.Equal((2, 2), (r.EventAttributes["fatalities"].Ok, r.EventAttributes["fatalities"].N));
        Assert.Equal((1, 4), (r.EventAttributes["code"].Ok, r.EventAttributes["code"].N));
        Assert.Equal((1, 2), (r.ClaimAttributes["unit"].Ok, r.ClaimAttributes["unit"].N));
        Assert.Equal((2, 3), (r.Published.Ok, r.Published.N));
    }

    [Fact]
    public void JsonReportEqualsScorePyOutputApartFromTheConfusion()
    {
        var ours = ReportJson.ToJson(Report());
        ours.Remove("root_confusion");
        foreach (var (_, doc) in ours["documents"]!.AsObject()) doc!.AsObject().Remove("root_confusion");
        var expected = JsonNode.Parse(File.ReadAllText(EvalCases.Expected));
        Assert.True(JsonNode.DeepEquals(expected, ours), ours.ToJsonString());
    }

    [Fact]
    public void JsonReportTextMatchesScorePyLayout()
    {
        var text = ReportJson.Serialize(Report());
        Assert.Contains("\"p\": 0.714,", text);
        Assert.Contains("\"acc\": 1.0,", text);
        Assert.StartsWith("{\n \"overall\": {\n  \"events\": {\n   \"p\": 0.714,", text);
    }
}

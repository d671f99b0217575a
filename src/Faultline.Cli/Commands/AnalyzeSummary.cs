using Faultline.Cli.Infrastructure;
using Faultline.Core.Documents;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>What one analyze run did, and what the database now holds.</summary>
internal sealed class AnalyzeSummary
{
    public int Added { get; set; }
    public int NewVersions { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public int Events { get; set; }
    public int Claims { get; set; }
    public int StoriesRebuilt { get; set; }

    public void Count(SaveOutcome outcome, Document document)
    {
        if (outcome == SaveOutcome.Unchanged)
        {
            Unchanged++;
            return;
        }
        if (outcome == SaveOutcome.Added) Added++;
        else NewVersions++;
        Events += document.Events.Count;
        Claims += document.Claims.Count;
    }

    public void Write(TextWriter output, string format, StoreCounts stored)
    {
        var rows = new List<(string What, long ThisRun, long InDatabase)>
        {
            ("documents added", Added + NewVersions, stored.Documents),
            ("  new versions", NewVersions, 0),
            ("  unchanged (already stored)", Unchanged, 0),
            ("events", Events, stored.Events),
            ("claims", Claims, stored.Claims),
            ("stories (rebuilt / total)", StoriesRebuilt, stored.Stories),
            ("failures", Failed, stored.Failures),
        };
        if (format == "json")
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                added = Added, new_versions = NewVersions, unchanged = Unchanged, failed = Failed, events = Events, claims = Claims, stories_rebuilt = StoriesRebuilt,
                database = new { documents = stored.Documents, events = stored.Events, claims = stored.Claims, stories = stored.Stories, actors = stored.Actors, failures = stored.Failures },
            }));
            return;
        }
        RecordOutput.Table(output, rows, [
            new Column<(string What, long ThisRun, long InDatabase)>("", r => r.What),
            new("this run", r => r.ThisRun),
            new("in database", r => r.InDatabase == 0 && r.What.StartsWith("  ") ? null : r.InDatabase),
        ], footer: false);
    }
}

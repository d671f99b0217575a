using System.Text.Json;
using Faultline.Cli.Infrastructure;

namespace Faultline.Cli.Commands;

internal sealed record BenchReport(int Documents, long Bytes, TimeSpan Extract, TimeSpan Analyze, long PeakBytes, Dictionary<string, TimeSpan> Stages)
{
    private double Mb => Bytes / 1_000_000.0;

    public void Write(TextWriter output, string format)
    {
        var rows = new List<(string Phase, double Seconds, double DocsPerSecond, double MbPerSecond)>
        {
            ("extract", Extract.TotalSeconds, Documents / Extract.TotalSeconds, Mb / Extract.TotalSeconds),
            ("analyze (with SQLite)", Analyze.TotalSeconds, Documents / Analyze.TotalSeconds, Mb / Analyze.TotalSeconds),
        };
        rows.AddRange(Stages.Select(s => ($"  stage {s.Key}", s.Value.TotalSeconds, Documents / Math.Max(s.Value.TotalSeconds, 1e-9), Mb / Math.Max(s.Value.TotalSeconds, 1e-9))));
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                documents = Documents, megabytes = Math.Round(Mb, 3), peak_memory_mb = Math.Round(PeakBytes / 1_000_000.0, 1),
                phases = rows.Select(r => new { phase = r.Phase.Trim(), seconds = Math.Round(r.Seconds, 4), docs_per_s = Math.Round(r.DocsPerSecond, 1), mb_per_s = Math.Round(r.MbPerSecond, 3) }),
            }));
            return;
        }
        output.WriteLine($"corpus: {Documents} documents, {Mb:0.00} MB; peak memory {PeakBytes / 1_000_000.0:0} MB");
        RecordOutput.Table(output, rows, [
            new Column<(string Phase, double Seconds, double DocsPerSecond, double MbPerSecond)>("phase", r => r.Phase),
            new("seconds", r => Math.Round(r.Seconds, 3)),
            new("docs/s", r => Math.Round(r.DocsPerSecond, 1)),
            new("MB/s", r => Math.Round(r.MbPerSecond, 2)),
        ], footer: false);
    }
}

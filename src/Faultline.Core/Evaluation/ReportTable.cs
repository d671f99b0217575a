using System.Globalization;
using System.Text;

namespace Faultline.Core.Evaluation;

/// <summary>
/// The report as text for a terminal: a row per document and an overall row (event P/R/F1, F1 of the other kinds,
/// publication date), the overall counts, the attribute accuracies, the per-root confusion and what was missed.
/// </summary>
public static class ReportTable
{
    private static readonly string[] OtherKinds = ["actors", "people", "places", "claims"];

    public static string Render(EvaluationReport report)
    {
        var sb = new StringBuilder();
        var rows = report.Documents.Select(d => (Name: d.Found ? d.Doc : d.Doc + " (no output)", Doc: d)).ToList();
        var width = Math.Max(8, rows.Select(r => r.Name.Length).DefaultIfEmpty(0).Max()) + 2;
        sb.Append("document".PadRight(width)).Append($"{"events P",8}{"R",7}{"F1",7}").Append(string.Concat(OtherKinds.Select(k => $"{k + " F1",12}")))
            .AppendLine("  published");
        foreach (var (name, d) in rows)
        {
            var events = d.Kind("events")?.Counts;
            sb.Append(name.PadRight(width)).Append(events is null ? $"{"-",8}{"-",7}{"-",7}" : Prf(events))
                .Append(string.Concat(OtherKinds.Select(k => $"{(d.Kind(k) is { } s ? F(s.Counts.F1) : "-"),12}")))
                .AppendLine("  " + (d.Published is not { } p ? "-" : p.Ok ? "ok" : $"WRONG ({PythonText.Str(p.System)})"));
        }
        var o = report.Overall;
        var published = report.Published.Value is { } v ? $"{report.Published.Ok}/{report.Published.N} ({F(v)})" : "-";
        sb.Append("overall".PadRight(width)).Append(Prf(o["events"]))
            .Append(string.Concat(OtherKinds.Select(k => $"{F(o[k].F1),12}"))).AppendLine("  " + published).AppendLine();
        Counts(sb, report);
        Attributes(sb, report);
        Confusion(sb, report);
        Missed(sb, report);
        return sb.ToString();
    }

    private static void Counts(StringBuilder sb, EvaluationReport report)
    {
        sb.AppendLine($"{"",10}{"P",7}{"R",7}{"F1",7}{"tp",6}{"fp",6}{"fn",6}");
        foreach (var (kind, c) in report.Overall)
            sb.AppendLine($"{kind,-10}{F(c.Precision),7}{F(c.Recall),7}{F(c.F1),7}{c.Tp,6}{c.Fp,6}{c.Fn,6}");
        sb.AppendLine();
    }

    private static void Attributes(StringBuilder sb, EvaluationReport report)
    {
        foreach (var (name, a) in report.EventAttributes) sb.AppendLine($"event {name,-11} accuracy {Acc(a),6} over {a.N} matched");
        foreach (var (name, a) in report.ClaimAttributes) sb.AppendLine($"claim {name,-11} accuracy {Acc(a),6} over {a.N} matched");
        sb.AppendLine($"published date accuracy {Acc(report.Published)} over {report.Published.N} documents").AppendLine();
    }

    private static void Confusion(StringBuilder sb, EvaluationReport report)
    {
        var table = report.RootConfusion();
        if (table.Count == 0) return;
        var columns = table.Values.SelectMany(r => r.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        sb.AppendLine("root confusion: missed gold events by gold root (rows) and the root of a spurious system event")
            .AppendLine("with the same actors, else the same actor1 (columns; - where there was none)");
        sb.Append($"{"gold",-6}").AppendLine(string.Concat(columns.Select(c => $"{c,5}")) + $"{"total",7}");
        foreach (var (gold, row) in table)
            sb.Append($"{gold,-6}").Append(string.Concat(columns.Select(c => $"{(row.TryGetValue(c, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "."),5}")))
                .AppendLine($"{row.Values.Sum(),7}");
        sb.AppendLine();
    }

    private static void Missed(StringBuilder sb, EvaluationReport report)
    {
        foreach (var d in report.Documents)
            foreach (var k in d.Kinds.Where(k => k.Missed.Count > 0))
                sb.AppendLine($"{d.Doc} missed {k.Kind}: " + string.Join("; ", k.Missed.Select(PythonText.Str)));
    }

    private static string Prf(Prf c) => $"{F(c.Precision),8}{F(c.Recall),7}{F(c.F1),7}";

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Acc(Accuracy a) => a.Value is { } v ? PythonFloat.Repr(PythonFloat.Round(v, 3)) : "-";
}

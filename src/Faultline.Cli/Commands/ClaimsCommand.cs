using System.Text.Json;
using Faultline.Cli.Infrastructure;
using Faultline.Core.Claims;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

public sealed class ClaimsCommand : ICommand
{
    public string Name => "claims";
    public string Summary => "list stored figures, or with --conflicts how sources agree, conflict or are not comparable";
    public string Usage => "faultline claims [--db FILE] [--doc ID] [--conflicts] [--data DIR] [--format table|json|jsonl|csv]";

    public int Run(IReadOnlyList<string> argv, Infrastructure.Console console)
    {
        var args = Args.Parse(argv, ["db", "format", "doc", "limit", "offset", "data"], ["conflicts"]);
        var format = args.Choice("format", "table", RecordOutput.Formats);
        using var store = StoreOptions.Open(args, mustExist: true);
        var claims = store.Claims(args.Get("doc"), args.GetInt("limit", int.MaxValue), args.GetInt("offset", 0));
        if (args.Has("conflicts"))
        {
            // Only what subjects measure is needed here, not the whole knowledge base.
            var options = new ReconcileOptions { Measures = MeasureWords.Load(args.Get("data") ?? Core.Knowledge.DataDirectory.Default) };
            WriteGroups(console.Out, format, ClaimReconciler.Reconcile(store.SourcedClaims(), options), claims);
            return ExitCodes.Ok;
        }
        RecordOutput.Write(console.Out, format, claims, [
            new Column<ClaimRow>("value", c => c.Value),
            new("unit", c => c.Unit),
            new("qualifier", c => c.Qualifier),
            new("subject", c => c.Subject, 36),
            new("period", c => c.Period),
            new("baseline", c => c.Baseline),
            new("source", c => c.Source, 28),
            new("doc", c => c.Doc, 22),
        ]);
        return ExitCodes.Ok;
    }

    private static void WriteGroups(TextWriter output, string format, IReadOnlyList<ClaimGroup> groups, IReadOnlyList<ClaimRow> rows)
    {
        var sentences = rows.GroupBy(r => (r.Doc, r.StartChar, r.EndChar)).ToDictionary(g => g.Key, g => g.First().Sentence);
        var records = groups.Select(g => new ClaimGroupRow(g.Label, g.Unit, g.Kind, g.Subject, g.Documents, g.Reason,
            g.Members.Select(m => new ClaimGroupMember(m.DocumentId, m.Outlet, m.Claim.Value, m.Claim.Unit, m.Claim.Period, m.Claim.PeriodPart,
                m.Claim.Baseline, m.Claim.Source, sentences.GetValueOrDefault((m.DocumentId, (long?)m.Claim.Span.Start, (long?)m.Claim.Span.End)))).ToList())).ToList();
        if (format is "json" or "jsonl")
        {
            var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = format == "json",
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            if (format == "json") output.WriteLine(JsonSerializer.Serialize(records, options));
            else foreach (var r in records) output.WriteLine(JsonSerializer.Serialize(r, options));
            return;
        }
        RecordOutput.Write(output, format, records, [
            new Column<ClaimGroupRow>("status", g => g.Status),
            new("unit", g => g.Unit),
            new("subject", g => g.Subject, 40),
            new("docs", g => g.Documents),
            new("reason", g => g.Reason, 100),
        ]);
    }
}

/// <summary>A reconciliation group as printed: how the figures relate and each figure with its sentence.</summary>
public sealed record ClaimGroupRow(string Status, string Unit, string Kind, string Subject, int Documents, string Reason, IReadOnlyList<ClaimGroupMember> Members);

public sealed record ClaimGroupMember(string Doc, string? Outlet, double Value, string Unit, string? Period, string? PeriodPart, string? Baseline, string? Source, string? Sentence);

namespace Faultline.Core.Evaluation;

/// <summary>What score.py reports (overall counts, attribute accuracies, per document) plus the per-root confusion.</summary>
public sealed record EvaluationReport(
    IReadOnlyDictionary<string, Prf> Overall,
    IReadOnlyDictionary<string, Accuracy> EventAttributes,
    IReadOnlyDictionary<string, Accuracy> ClaimAttributes,
    Accuracy Published,
    IReadOnlyList<DocumentScore> Documents)
{
    public static readonly string[] Kinds = ["events", "actors", "people", "places", "claims"];

    /// <summary>Gold root -> system root ("-" for none) -> how many missed gold events, over all documents.</summary>
    public SortedDictionary<string, SortedDictionary<string, int>> RootConfusion()
    {
        var table = new SortedDictionary<string, SortedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var c in Documents.SelectMany(d => d.Confusion))
        {
            if (!table.TryGetValue(c.GoldRoot, out var row)) table[c.GoldRoot] = row = new(StringComparer.Ordinal);
            var system = c.SystemRoot ?? "-";
            row[system] = row.GetValueOrDefault(system) + 1;
        }
        return table;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>
/// The report as score.py --json prints it (same keys, same order, numbers rounded to 3 places and printed as Python
/// prints them), plus "root_confusion" overall and per document.
/// </summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(EvaluationReport report) => ToJson(report).ToJsonString(Indented);

    public static JsonObject ToJson(EvaluationReport report) => new()
    {
        ["overall"] = Map(report.Overall, Counts),
        ["event_attributes"] = Map(report.EventAttributes, Accuracy),
        ["claim_attributes"] = Map(report.ClaimAttributes, Accuracy),
        ["published"] = Accuracy(report.Published),
        ["documents"] = new JsonObject(report.Documents.Select(d => KeyValuePair.Create(d.Doc, (JsonNode?)Document(d)))),
        ["root_confusion"] = new JsonObject(report.RootConfusion().Select(row => KeyValuePair.Create(row.Key,
            (JsonNode?)new JsonObject(row.Value.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value)))))),
    };

    private static JsonObject Document(DocumentScore d)
    {
        var o = new JsonObject { ["found"] = d.Found };
        foreach (var k in d.Kinds)
        {
            var row = Counts(k.Counts);
            row["missed"] = new JsonArray([.. k.Missed.Select(m => m?.DeepClone())]);
            o[k.Kind] = row;
        }
        if (d.Published is { } p)
            o["published"] = new JsonObject { ["gold"] = p.Gold?.DeepClone(), ["system"] = p.System?.DeepClone(), ["ok"] = p.Ok };
        if (d.Kind("events") is not null)
            o["root_confusion"] = new JsonArray([.. d.Confusion.Select(c => (JsonNode?)new JsonObject
            {
                ["gold_root"] = c.GoldRoot, ["system_root"] = c.SystemRoot, ["gold"] = c.Gold, ["sentence"] = c.Sentence,
            })]);
        return o;
    }

    private static JsonObject Counts(Prf c) => new()
    {
        ["p"] = Number(c.Precision), ["r"] = Number(c.Recall), ["f1"] = Number(c.F1),
        ["tp"] = c.Tp, ["fp"] = c.Fp, ["fn"] = c.Fn,
    };

    private static JsonObject Accuracy(Accuracy a) => new()
    {
        ["acc"] = a.Value is { } v ? Number(v) : null,
        ["n"] = a.N,
    };

    private static JsonObject Map<T>(IReadOnlyDictionary<string, T> items, Func<T, JsonObject> row) =>
        new(items.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)row(p.Value))));

    /// <summary>round(x, 3) written as Python writes floats ("1.0", "0.667").</summary>
    private static JsonNode? Number(double x) => JsonNode.Parse(PythonFloat.Repr(PythonFloat.Round(x, 3)));
}

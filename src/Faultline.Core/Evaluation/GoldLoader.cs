using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>Loads a folder of gold files (*.json, one document each) keyed by their "doc", in file name order.</summary>
public static class GoldLoader
{
    public static OrderedDictionary<string, JsonObject> Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new EvaluationInputException(folder, "gold folder does not exist");
        var docs = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var gold = JsonInput.ParseObject(JsonInput.ReadText(file), file);
            if (!gold.TryGetPropertyValue("doc", out var doc)) throw new EvaluationInputException(file, "gold file has no \"doc\"");
            if (doc is not JsonValue v || !v.TryGetValue<string>(out var id))
                throw new EvaluationInputException(file, "gold \"doc\" must be a string");
            docs[id] = gold;
        }
        return docs;
    }
}

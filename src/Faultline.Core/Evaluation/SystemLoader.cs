using System.Text.Json;
using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>
/// Loads system output as score.py does: a folder of *.json (and *.jsonl) files, one .jsonl file, one JSON file
/// holding an object or an array of them, or JSONL text from standard input. Documents are keyed by
/// <see cref="DocumentKey"/>; a later document with the same key replaces an earlier one.
/// </summary>
public static class SystemLoader
{
    public static Dictionary<string, JsonObject> Load(string path, Func<TextReader> stdin)
    {
        if (path == "-") return Index(Lines(stdin().ReadToEnd(), universal: true).Select(l => Object(l, "<stdin>")));
        if (Directory.Exists(path)) return Index(Directory.EnumerateFiles(path).Order(StringComparer.Ordinal).SelectMany(FolderFile));
        if (!File.Exists(path)) throw new EvaluationInputException(path, "no such file or folder");
        return Index(SingleFile(path));
    }

    public static Dictionary<string, JsonObject> Index(IEnumerable<JsonObject> documents)
    {
        var docs = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var d in documents) docs[DocumentKey.Of(d)] = d;
        return docs;
    }

    private static IEnumerable<JsonObject> FolderFile(string file)
    {
        if (file.EndsWith(".json", StringComparison.Ordinal)) return [JsonInput.ParseObject(JsonInput.ReadText(file), file)];
        if (file.EndsWith(".jsonl", StringComparison.Ordinal))
            return Lines(JsonInput.ReadText(file), universal: true).Select(l => Object(l, file)).ToList();
        return [];
    }

    /// <summary>The whole file as one JSON value (an array is a list of documents), else as JSONL.</summary>
    private static List<JsonObject> SingleFile(string path)
    {
        var text = JsonInput.ReadText(path);
        JsonNode? whole;
        try
        {
            whole = JsonInput.Parse(text);
        }
        catch (JsonException)
        {
            return [.. Lines(text, universal: false).Select(l => Object(l, path))];
        }
        var items = whole is JsonArray a ? [.. a] : new List<JsonNode?> { whole };
        return [.. items.Select(i => i as JsonObject ?? throw new EvaluationInputException(path, "not a JSON object"))];
    }

    private static JsonObject Object(string line, string path) => JsonInput.ParseObject(line, path);

    /// <summary>
    /// Non-blank lines. Reading a file line by line (universal) breaks at \n, \r and \r\n; str.splitlines, used on a
    /// file read whole, also at \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029.
    /// </summary>
    private static IEnumerable<string> Lines(string text, bool universal)
    {
        char[] breaks = universal ? ['\n', '\r'] : ['\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029'];
        return text.Split(breaks).Where(l => !string.IsNullOrWhiteSpace(l));
    }
}

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>
/// Reads JSON as Python's json module does where it matters to scoring: strict UTF-8, deep nesting allowed, and
/// a key given twice keeps its first position with its last value.
/// </summary>
internal static class JsonInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 1000 };

    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new EvaluationInputException(path, "not valid UTF-8");
        }
        catch (IOException e)
        {
            throw new EvaluationInputException(path, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new EvaluationInputException(path, e.Message);
        }
    }

    /// <summary>Parses one JSON value; <see cref="JsonException"/> when the text is not exactly one.</summary>
    public static JsonNode? Parse(string text)
    {
        using var document = JsonDocument.Parse(text, Options);
        return Convert(document.RootElement);
    }

    public static JsonObject ParseObject(string text, string path)
    {
        JsonNode? node;
        try
        {
            node = Parse(text);
        }
        catch (JsonException e)
        {
            throw new EvaluationInputException(path, $"not valid JSON: {e.Message}");
        }
        return node as JsonObject ?? throw new EvaluationInputException(path, "not a JSON object");
    }

    private static JsonNode? Convert(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var o = new JsonObject();
                foreach (var p in e.EnumerateObject()) o[p.Name] = Convert(p.Value);
                return o;
            case JsonValueKind.Array:
                return new JsonArray([.. e.EnumerateArray().Select(Convert)]);
            case JsonValueKind.Null:
                return null;
            default:
                return JsonValue.Create(e.Clone());
        }
    }
}

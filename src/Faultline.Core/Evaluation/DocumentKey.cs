using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>
/// The id a system document is paired by: its "doc" as Python's str() prints it, where a file name ending in .txt,
/// .html or .htm loses its folder and extension, as score.py's load_system does.
/// </summary>
public static class DocumentKey
{
    public static string Of(JsonObject document)
    {
        var doc = document.TryGetPropertyValue("doc", out var value) ? PythonText.Str(value) : "";
        if (!doc.EndsWith(".txt", StringComparison.Ordinal) && !doc.EndsWith(".html", StringComparison.Ordinal)
            && !doc.EndsWith(".htm", StringComparison.Ordinal))
            return doc;
        var name = doc[(doc.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        // os.path.splitext ignores leading dots: ".txt" has no extension.
        return name[..dot].TrimStart('.').Length > 0 ? name[..dot] : name;
    }
}

using System.Security.Cryptography;
using Faultline.Core.Documents;

namespace Faultline.Core.Input;

/// <summary>Reads one article file into a <see cref="Document"/>: bytes, encoding, format and content hash.</summary>
public static class DocumentReader
{
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".md", ".markdown"];

    public static Document Read(string path, string? id = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot be read ({e.Message})");
        }
        return FromBytes(bytes, id ?? Path.GetFileNameWithoutExtension(path), path);
    }

    public static Document FromBytes(byte[] bytes, string id, string? path = null)
    {
        var label = path ?? id;
        if (bytes.Length == 0)
            throw new InputException(label, "empty file");
        string text;
        try
        {
            text = TextDecoder.Decode(bytes).Text;
        }
        catch (DecodeException e)
        {
            throw new InputException(label, e.Message);
        }
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(label, "empty file (only whitespace)");
        var format = DetectFormat(path, text);
        return new Document(id, text.Replace("\r\n", "\n").Replace('\r', '\n'), format)
        {
            SourcePath = path,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)),
        };
    }

    public static SourceFormat DetectFormat(string? path, string text)
    {
        var ext = Path.GetExtension(path ?? "").ToLowerInvariant();
        if (ext is ".html" or ".htm") return SourceFormat.Html;
        if (ext is ".md" or ".markdown") return SourceFormat.Markdown;
        if (ext is ".txt") return SourceFormat.Text;
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? SourceFormat.Html
            : SourceFormat.Text;
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// The schema.org article the page describes in a JSON-LD script, if any: headline and name, author names,
/// publisher name and publication date. Pages often carry several JSON-LD objects; only an article type counts.
/// </summary>
internal sealed partial record HtmlJsonLd(string? Name, string? Headline, string? Author, string? Publisher, string? DatePublished)
{
    public static HtmlJsonLd? Read(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = CData().Replace(script.TextContent, "").Trim();
            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(doc.RootElement) is { } article) return From(article);
            }
            catch (JsonException)
            {
                // A broken JSON-LD block says nothing; the meta tags and the page still do.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
                if (FindArticle(item) is { } found) return found;
            return null;
        }
        if (node.ValueKind != JsonValueKind.Object) return null;
        if (IsArticle(node)) return node;
        if (node.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            foreach (var item in graph.EnumerateArray())
                if (item.ValueKind == JsonValueKind.Object && IsArticle(item)) return item;
        return null;
    }

    private static bool IsArticle(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        return types.Any(t => ArticleType().IsMatch(t));
    }

    private static HtmlJsonLd From(JsonElement o) => new(
        Str(o, "name"), Str(o, "headline"), Authors(o), o.TryGetProperty("publisher", out var pub) ? Str(pub, "name") : null,
        Str(o, "datePublished"));

    private static string? Authors(JsonElement o)
    {
        if (!o.TryGetProperty("author", out var author)) return null;
        if (author.ValueKind == JsonValueKind.Object) return Str(author, "name");
        if (author.ValueKind == JsonValueKind.String) return Clean(author.GetString());
        if (author.ValueKind != JsonValueKind.Array) return null;
        var names = author.EnumerateArray()
            .Select(a => a.ValueKind == JsonValueKind.Object ? Str(a, "name") : a.ValueKind == JsonValueKind.String ? Clean(a.GetString()) : null)
            .OfType<string>().ToList();
        return names.Count > 0 ? string.Join(", ", names) : null;
    }

    private static string? Str(JsonElement o, string property) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String
            ? Clean(v.GetString())
            : null;

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : WebUtility.HtmlDecode(s.Trim());

    [GeneratedRegex(@"^\s*<!\[CDATA\[|\]\]>\s*$")]
    private static partial Regex CData();

    /// <summary>schema.org's CreativeWork types that are articles (Article and its subtypes, reports, posts).</summary>
    [GeneratedRegex(@"^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$")]
    private static partial Regex ArticleType();
}

using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// The page's &lt;meta&gt; values that describe the article, keyed "prefix:field" ("og:title", "article:author",
/// "dc:creator") or just the field ("author", "title"). Open Graph and Dublin Core use property=, others name=.
/// </summary>
internal sealed partial class HtmlMetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public HtmlMetaTags(IDocument page)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            content = WebUtility.HtmlDecode(content.Trim());
            bool byProperty = false;
            if (meta.GetAttribute("property") is { } property)
            {
                // One tag may declare several properties: property="og:title twitter:title".
                foreach (Match m in PropertyName().Matches(property))
                {
                    _values[Key(m.Value)] = content;
                    byProperty = true;
                }
            }
            if (!byProperty && meta.GetAttribute("name") is { } name && PlainName().IsMatch(name))
                _values[Key(name).Replace('.', ':')] = content;
            if (meta.GetAttribute("itemprop") is { } itemprop && ItemProp().IsMatch(itemprop))
                _values.TryAdd("itemprop:" + itemprop.Trim(), content);
        }
    }

    public string? this[string key] => _values.GetValueOrDefault(key);

    /// <summary>The first of <paramref name="keys"/> the page has.</summary>
    public string? First(params string[] keys) => keys.Select(k => this[k]).FirstOrDefault(v => v is not null);

    private static string Key(string raw) => Whitespace().Replace(raw, "").ToLowerInvariant();

    [GeneratedRegex(@"\s*(?:article|dc|dcterm|og|twitter)\s*:\s*(?:author|creator|description|published_time|title|site_name)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PropertyName();

    [GeneratedRegex(@"^\s*(?:(?:dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\s*[-\.:]\s*)?(?:author|creator|pub-date|description|title|site_name|date|pubdate|publishdate|publish-date)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlainName();

    [GeneratedRegex(@"^\s*datePublished\s*$")]
    private static partial Regex ItemProp();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>Small measurements and moves on an AngleSharp tree that the article finder repeats.</summary>
internal static partial class HtmlDom
{
    /// <summary>Inline content: it flows inside a paragraph rather than starting a block (HTML "phrasing content").</summary>
    private static readonly HashSet<string> Phrasing =
    [
        "ABBR", "AUDIO", "B", "BDO", "BR", "BUTTON", "CITE", "CODE", "DATA", "DATALIST", "DFN", "EM", "EMBED", "I", "IMG",
        "INPUT", "KBD", "LABEL", "MARK", "MATH", "METER", "NOSCRIPT", "OBJECT", "OUTPUT", "PROGRESS", "Q", "RUBY", "SAMP",
        "SCRIPT", "SELECT", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TEXTAREA", "TIME", "VAR", "WBR",
    ];

    /// <summary>Children that make a div more than one paragraph.</summary>
    private static readonly HashSet<string> BlockChildren = ["BLOCKQUOTE", "DL", "DIV", "IMG", "OL", "P", "PRE", "TABLE", "UL"];

    /// <summary>The element's text, trimmed, runs of whitespace collapsed.</summary>
    public static string Text(INode node) => Spaces().Replace(node.TextContent, " ").Trim();

    public static int TextLength(INode node) => Text(node).Length;

    /// <summary>Share of the text that sits in links; in-page links ("#...") count less, they are often footnotes.</summary>
    public static double LinkDensity(IElement e)
    {
        int length = TextLength(e);
        if (length == 0) return 0;
        double linked = 0;
        foreach (var a in e.QuerySelectorAll("a"))
        {
            var href = a.GetAttribute("href");
            linked += TextLength(a) * (href is not null && href.StartsWith('#') ? 0.3 : 1);
        }
        return linked / length;
    }

    public static bool IsPhrasing(INode node) =>
        node.NodeType == NodeType.Text
        || node is IElement e && (Phrasing.Contains(e.TagName)
            || e.TagName is "A" or "DEL" or "INS" && e.ChildNodes.All(IsPhrasing));

    public static bool IsWhitespace(INode node) =>
        node.NodeType == NodeType.Text && string.IsNullOrWhiteSpace(node.TextContent)
        || node is IElement { TagName: "BR" };

    public static bool HasBlockChild(IElement e) =>
        e.Children.Any(c => BlockChildren.Contains(c.TagName) || HasBlockChild(c));

    public static bool HasAncestor(IElement e, string tag, int maxDepth = 0, Func<IElement, bool>? filter = null)
    {
        int depth = 0;
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
        {
            if (maxDepth > 0 && ++depth > maxDepth) return false;
            if (p.TagName == tag && (filter is null || filter(p))) return true;
        }
        return false;
    }

    /// <summary>The next element in document order; with <paramref name="skipChildren"/>, past the element's subtree.</summary>
    public static IElement? Next(IElement e, bool skipChildren = false)
    {
        if (!skipChildren && e.FirstElementChild is { } child) return child;
        for (var n = e; n is not null; n = n.ParentElement)
            if (n.NextElementSibling is { } sibling) return sibling;
        return null;
    }

    /// <summary>Removes the element and returns what follows it in document order.</summary>
    public static IElement? RemoveAndNext(IElement e)
    {
        var next = Next(e, skipChildren: true);
        e.Remove();
        return next;
    }

    /// <summary>Gives the element a new tag, keeping its attributes and children, and returns the new element.</summary>
    public static IElement Retag(IElement e, string tag)
    {
        var replacement = e.Owner!.CreateElement(tag);
        foreach (var attr in e.Attributes.ToList())
        {
            try
            {
                replacement.SetAttribute(attr.Name, attr.Value);
            }
            catch (DomException)
            {
                // Attribute names that are legal to parse but not to set (e.g. with quotes) carry no meaning here.
            }
        }
        while (e.FirstChild is { } child) replacement.AppendChild(child);
        e.Parent?.ReplaceChild(replacement, e);
        return replacement;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

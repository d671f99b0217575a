using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Readies a parsed page for scoring: drops what is never text (scripts, styles, hidden nodes) and turns runs of
/// text broken by double line breaks ("&lt;br&gt;&lt;br&gt;") into paragraphs, so old-style pages score like new ones.
/// </summary>
internal static partial class HtmlPagePreparer
{
    private static readonly string[] NeverText = ["script", "style", "noscript", "template", "link"];

    public static void Prepare(IDocument page)
    {
        foreach (var e in page.QuerySelectorAll(string.Join(",", NeverText)).ToList()) e.Remove();
        foreach (var e in page.QuerySelectorAll("*").Where(HtmlVisibility.IsHidden).ToList()) e.Remove();
        // An image with no source anywhere never shows; it must not make a block look like a gallery.
        foreach (var img in page.QuerySelectorAll("img").Where(NoSource).ToList()) img.Remove();
        foreach (var br in page.QuerySelectorAll("br").ToList())
            if (br.Parent is not null) ParagraphAfterDoubleBreak(br);
    }

    private static bool NoSource(IElement img) =>
        !img.Attributes.Any(a => a.Name is "src" or "srcset" or "data-src" or "data-srcset" || ImageFile().IsMatch(a.Value));

    private static void ParagraphAfterDoubleBreak(IElement br)
    {
        bool doubled = false;
        while (NextNonBlank(br.NextSibling) is IElement { TagName: "BR" } extra)
        {
            doubled = true;
            RemoveBlankBefore(extra);
            extra.Remove();
        }
        if (!doubled) return;
        var p = br.Owner!.CreateElement("p");
        br.Parent!.ReplaceChild(p, br);
        for (var next = p.NextSibling; next is not null;)
        {
            if (next is IElement { TagName: "BR" } && NextNonBlank(next.NextSibling) is IElement { TagName: "BR" }) break;
            if (!HtmlDom.IsPhrasing(next)) break;
            var following = next.NextSibling;
            p.AppendChild(next);
            next = following;
        }
        while (p.LastChild is { } last && HtmlDom.IsWhitespace(last)) last.RemoveFromParent();
        if (p.ParentElement is { TagName: "P" } parent) HtmlDom.Retag(parent, "div");
    }

    [GeneratedRegex(@"\.(?:jpe?g|png|webp|gif|avif)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageFile();

    private static INode? NextNonBlank(INode? node)
    {
        while (node is not null && node.NodeType != NodeType.Element && string.IsNullOrWhiteSpace(node.TextContent))
            node = node.NextSibling;
        return node;
    }

    private static void RemoveBlankBefore(INode node)
    {
        while (node.PreviousSibling is { NodeType: NodeType.Text } t && string.IsNullOrWhiteSpace(t.TextContent))
            t.RemoveFromParent();
    }
}

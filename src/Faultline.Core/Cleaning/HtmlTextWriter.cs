using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>
/// Writes an article container as plain text: one paragraph per block (paragraph, heading, list item, quote,
/// table cell, caption...), whitespace collapsed within it, paragraphs separated by a blank line.
/// </summary>
internal static partial class HtmlTextWriter
{
    private static readonly HashSet<string> Blocks =
    [
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BR", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
        "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV",
        "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
    ];

    /// <summary>Elements whose content is never reading text.</summary>
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SELECT", "TEXTAREA"];

    public static string Write(IElement root)
    {
        var blocks = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, blocks);
        Flush(current, blocks);
        return string.Join("\n\n", blocks);
    }

    private static void Walk(INode node, StringBuilder current, List<string> blocks)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                current.Append(child.TextContent);
                continue;
            }
            if (child is not IElement e || Skipped.Contains(e.TagName)) continue;
            bool block = Blocks.Contains(e.TagName);
            if (block) Flush(current, blocks);
            Walk(e, current, blocks);
            if (block) Flush(current, blocks);
        }
    }

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        var text = Spaces().Replace(current.ToString(), " ").Trim();
        current.Clear();
        if (text.Length > 0) blocks.Add(text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

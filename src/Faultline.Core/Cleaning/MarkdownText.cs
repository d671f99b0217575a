using System.Text.RegularExpressions;

namespace Faultline.Core.Cleaning;

/// <summary>Markdown syntax reduced to the text a reader sees: headings, emphasis, links, images, list and quote markers.</summary>
internal static partial class MarkdownText
{
    public static string Strip(string line)
    {
        line = Heading().Replace(line, "");
        line = Image().Replace(line, "");
        line = Link().Replace(line, "$1");
        line = Emphasis().Replace(line, "$2");
        line = ListOrQuote().Replace(line, "");
        return Rule().IsMatch(line) ? "" : line;
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")] private static partial Regex Heading();
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1")] private static partial Regex Emphasis();
    [GeneratedRegex(@"^\s*(?:>\s*)+|^\s*(?:[-*+]|\d+[.)])\s+")] private static partial Regex ListOrQuote();
    [GeneratedRegex(@"^\s*(?:[-*_]\s*){3,}$")] private static partial Regex Rule();
}

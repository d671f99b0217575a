using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>Whether the page hides an element from readers: the hidden attribute, aria-hidden, or an inline style.</summary>
internal static partial class HtmlVisibility
{
    public static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        // Some sites mark the no-JavaScript fallback image aria-hidden while it is the only image shown.
        if (e.GetAttribute("aria-hidden") is { } aria && aria.Trim() == "true" && !(e.ClassName ?? "").Contains("fallback-image", StringComparison.Ordinal))
            return true;
        return e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);
    }

    [GeneratedRegex(@"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}

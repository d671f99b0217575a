namespace Faultline.Core.Claims;

/// <summary>Rebuilds the text of a run of tokens from the text they came from, spacing as written.</summary>
public static class SpanText
{
    public static string Of(IReadOnlyList<WordToken> t, int first, int end, string text, int offset)
    {
        if (end <= first) return "";
        return text.Substring(t[first].Start - offset, t[end - 1].End - t[first].Start).Trim();
    }
}

using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>A person's name as the output shows it: titles dropped ("Mullah Mohammed Omar" -> "Mohammed Omar"), no possessive.</summary>
public static class PersonName
{
    /// <summary>Drops titles and a possessive, unless the name as written is <paramref name="canonical"/> ("Amir Khan Muttaqi").</summary>
    public static string Clean(string surface, NameCues cues, string? canonical = null)
    {
        var s = surface.Trim();
        if (s.EndsWith("'s") || s.EndsWith("’s")) s = s[..^2];
        if (canonical is not null && TokenNormalizer.Fold(s) == TokenNormalizer.Fold(canonical)) return canonical;
        for (bool again = true; again;)
        {
            again = false;
            foreach (var title in cues.Titles)
                if (s.StartsWith(title + " ", StringComparison.Ordinal) && s.Length > title.Length + 1)
                {
                    s = s[(title.Length + 1)..];
                    again = true;
                    break;
                }
        }
        return s;
    }
}

using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>A person's name as the output shows it: titles dropped ("Mullah Mohammed Omar" -> "Mohammed Omar"), no possessive.</summary>
public static class PersonName
{
    public static string Clean(string surface, NameCues cues)
    {
        var s = surface.Trim();
        if (s.EndsWith("'s") || s.EndsWith("’s")) s = s[..^2];
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

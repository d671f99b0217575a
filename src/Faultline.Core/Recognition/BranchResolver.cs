using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// "Islamic State claimed the Bajaur bombing": in a document that names a group's regional branch, or whose places lie
/// mostly in the branch's region, the whole group's name stands for the branch (data/kb/branches.tsv).
/// </summary>
public static class BranchResolver
{
    public static List<Mention> Apply(List<Mention> mentions, RecognitionKnowledge kb)
    {
        foreach (var branch in kb.Branches)
        {
            if (!mentions.Any(m => m.Actor?.Group == branch.Parent) || kb.Organisations[branch.Branch].Actor is not { } whole) continue;
            if (!mentions.Any(m => m.Actor?.Group == branch.Branch) && !MostlyIn(mentions, kb, branch.Region)) continue;
            for (int i = 0; i < mentions.Count; i++)
                if (mentions[i] is { Actor: { } actor } m && actor.Group == branch.Parent)
                    mentions[i] = m with
                    {
                        EntityId = m.Kind == MentionKind.Actor ? branch.Branch : m.EntityId,
                        Actor = whole with { Role = actor.Role ?? whole.Role, Name = actor.Name },
                    };
        }
        return mentions;
    }

    /// <summary>Whether more than half the document's place mentions are in the region.</summary>
    private static bool MostlyIn(List<Mention> mentions, RecognitionKnowledge kb, IReadOnlySet<string> region)
    {
        var countries = mentions.Where(m => m.Kind == MentionKind.Place)
            .Select(m => kb.Places.TryGetValue(m.EntityId, out var place) ? place.Country : null).OfType<string>().ToList();
        return countries.Count > 0 && countries.Count(c => c.Split('|').Any(region.Contains)) * 2 > countries.Count;
    }
}

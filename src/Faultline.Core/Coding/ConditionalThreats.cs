using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// "If Pakistan repeats this aggression, our forces will give an answer that will be remembered," Sahil said: a
/// conditional promise of force is a threat by its speaker against whom the condition names. The pattern it is coded
/// with is the one marked `conditional` in data/patterns/verbs.tsv; the words of a response are clause words.
/// </summary>
internal sealed class ConditionalThreats(ClauseWords words, EventPattern? pattern)
{
    /// <summary>The pattern threats are coded with (option 'conditional'), if any.</summary>
    public EventPattern? Pattern => pattern;

    private const int ConsequenceWindow = 4;

    /// <summary>The trigger standing for the threat (the modal of the consequence) and the actor the condition names; or null.</summary>
    public (Trigger Trigger, ActorRef Target)? Find(SentenceView s, ActorRef speaker)
    {
        if (pattern is null || s.Count < 4) return null;
        int at = s.Lower[0] is "\"" or "“" ? 1 : 0;
        if (s.Lower[at] != "if") return null;
        int comma = Enumerable.Range(at + 1, s.Count - at - 1).FirstOrDefault(i => s.Lower[i] == "," && s.MentionAt[i] is null);
        if (comma == 0) return null;
        // "..., we will respond", "..., our forces will give an answer".
        int modal = Enumerable.Range(comma + 1, Math.Min(ConsequenceWindow, s.Count - comma - 1))
            .FirstOrDefault(i => s.Lower[i] is "will" or "would" or "shall");
        if (modal == 0 || !Enumerable.Range(comma + 1, modal - comma - 1).Any(i => s.Lower[i] is "we" or "our" or "they" or "their")) return null;
        bool response = false;
        for (int i = modal + 1; i < s.Count && !ClauseReader.ClosesQuote(s, i); i++)
            response |= words.Is("response", s.Lower[i]);
        if (!response) return null;
        for (int i = at + 1; i < comma; i++)
            if (s.ActorAt(i) is { } a && !ActorSides.Same(a, speaker))
                return (new Trigger(pattern, modal, modal), a);
        return null;
    }
}

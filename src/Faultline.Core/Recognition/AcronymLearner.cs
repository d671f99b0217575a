using System.Runtime.CompilerServices;
using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Learns acronyms a document defines, "Center for Research and Security Studies (CRSS)", and finds their
/// later uses. A definition whose long form is already a mention takes that mention's identity; otherwise
/// an armed or political group (a group word in the long form) becomes an actor with the acronym as its
/// code, and a research or other body becomes a source.
/// </summary>
public sealed class AcronymLearner(NameCues cues)
{
    private static readonly string[] Connectors = ["of", "for", "and", "the", "on", "in", "e", "i", "ul", "al", "-"];

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Mention> Learn(Document document, List<Mention> mentions)
    {
        var tokens = document.Tokens;
        var learned = new Dictionary<string, Mention>(StringComparer.Ordinal);
        var added = new List<Mention>();
        for (int i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text != "(" || tokens[i + 2].Text != ")" || !IsAcronym(tokens[i + 1].Text)) continue;
            var acronym = tokens[i + 1].Text;
            if (learned.ContainsKey(acronym)) continue;
            int start = LongFormStart(tokens, i, acronym);
            if (start < 0) continue;
            var longSpan = new TextSpan(tokens[start].Span.Start, tokens[i - 1].Span.End);
            var known = mentions.FirstOrDefault(m => m.Kind == MentionKind.Actor && m.Span.End == longSpan.End && m.Span.Start >= longSpan.Start);
            var words = new List<string>(i - start);
            for (int k = start; k < i; k++) words.Add(tokens[k].Text);
            Mention? entity = known ?? Unknown(words, acronym, longSpan, tokens[i].Sentence);
            if (entity is null) continue;
            learned[acronym] = entity;
            if (known is null) added.Add(entity);
        }
        if (learned.Count == 0) return added;
        var taken = mentions.Select(m => m.Span).ToList();
        foreach (var t in tokens)
            if (learned.TryGetValue(t.Text, out var m) && !taken.Any(s => s.Overlaps(t.Span)))
                added.Add(m with { Span = t.Span, Sentence = t.Sentence, RuleId = "acronym:" + t.Text, Actor = m.Actor is null ? null : m.Actor with { Name = t.Text } });
        return added;
    }

    private Mention? Unknown(List<string> words, string acronym, TextSpan span, int sentence)
    {
        var name = string.Join(' ', words);
        if (words.Any(cues.IsGroupWord))
            return new Mention(span, MentionKind.Actor, acronym, "acronym:" + acronym) { Actor = new ActorRef(null, acronym, null, name), Sentence = sentence };
        if (words.Any(cues.IsOrgWord))
            return new Mention(span, MentionKind.Actor, "source:" + acronym, "acronym:" + acronym) { Sentence = sentence };
        return null;
    }

    /// <summary>Where the long form before "(" begins, when the initials of its capitalised words spell the acronym; else -1.</summary>
    private static int LongFormStart(IReadOnlyList<Token> tokens, int paren, string acronym)
    {
        var initials = "";
        for (int k = paren - 1; k >= 0 && paren - k <= 10 && tokens[k].Sentence == tokens[paren].Sentence; k--)
        {
            var w = tokens[k].Text;
            if (Connectors.Contains(w.ToLowerInvariant()) && initials.Length > 0) continue;
            if (!char.IsUpper(w[0])) return -1;
            initials = string.Concat(w.Split('-').Where(p => p.Length > 0 && char.IsUpper(p[0])).Select(p => p[0])) + initials;
            if (initials == acronym) return k;
            if (!acronym.EndsWith(initials, StringComparison.Ordinal)) return -1;
        }
        return -1;
    }

    private static bool IsAcronym(string s) => s.Length is >= 2 and <= 6 && s.All(char.IsUpper);
}

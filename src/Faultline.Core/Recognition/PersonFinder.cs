using System.Runtime.CompilerServices;
using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Finds runs of capitalised words that may be people's names, on the document's own tokens (so that
/// "Naad-e-Ali" stays one word). Words already taken by an actor or person, acronyms and words listed as
/// never names break a run; runs holding an organisation word ("Institute", "Ministry") are not people.
/// </summary>
public sealed class PersonFinder(NameCues cues)
{
    // How many capitalised words may stand before a title in a run ("Khyber Pakhtunkhwa Chief Minister ...").
    private const int TitleQualifier = 3;
    private static readonly string[] Particles = ["ur", "ul", "ud", "us", "bin", "ibn", "al", "el", "e", "i", "ud-din", "uddin"];

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<FoundName> Find(Document document, Func<TextSpan, bool> taken)
    {
        var found = new List<FoundName>();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            for (int i = sentence.FirstToken; i < end;)
            {
                if (!NameLike(tokens[i]) || taken(tokens[i].Span)) { i++; continue; }
                int j = i;
                while (j < end && NameLike(tokens[j]) && !taken(tokens[j].Span))
                {
                    if (Possessive(tokens[j++].Text)) break;
                    // Particles inside a name ("Fazl ur Rehman", "Osama bin Laden") join its capitalised words.
                    if (j + 1 < end && Particles.Contains(tokens[j].Text) && NameLike(tokens[j + 1]) && !taken(tokens[j + 1].Span)) j++;
                }
                if (Run(document, i, j, sentence) is { } name) found.Add(name);
                i = j;
            }
        }
        return found;
    }

    private FoundName? Run(Document document, int start, int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        int first = start;
        bool titled = false;
        // "Balochistan Chief Minister Abdul Quddus Bizenjo": a title inside the run opens the name; what stands before it
        // (a province, a body) is whose the office is, not part of the name.
        for (int k = start + 1; k < Math.Min(end, start + TitleQualifier + 1); k++)
            if (cues.TitlesStartingWith(tokens[k].Text).Any(words => k + words.Length < end && StartsWith(tokens, k, words)))
            {
                first = k;
                break;
            }
        for (bool again = true; again;)
        {
            again = false;
            foreach (var words in first < end ? cues.TitlesStartingWith(tokens[first].Text) : [])
            {
                if (first + words.Length > end) continue;
                if (StartsWith(tokens, first, words))
                {
                    first += words.Length;
                    titled = again = true;
                    break;
                }
            }
        }
        var names = new List<string>(end - first);
        for (int k = first; k < end; k++) names.Add(Strip(tokens[k].Text));
        if (names.Count is 0 or > 4 || names.Any(cues.IsOrgWord)) return null;
        var span = new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.Start + Strip(tokens[end - 1].Text).Length);
        // "Traders in Landi Kotal said": a name after "in" or "from" is a place the gazetteer lacks.
        if (!titled && first > sentence.FirstToken && cues.IsLocative(tokens[first - 1].Text)) return null;
        bool cued = titled || names.Count > 1 && (cues.IsGivenName(names[0]) || CueBefore(document, first, sentence) || CueAfter(document, end, sentence));
        return new FoundName(span, string.Join(' ', names), sentence.Index, cued);
    }

    private static bool StartsWith(List<Token> tokens, int at, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
            if (tokens[at + k].Text != words[k]) return false;
        return true;
    }

    private bool CueBefore(Document document, int first, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (first - 1 < sentence.FirstToken) return false;
        if (cues.IsBefore(tokens[first - 1].Text)) return true;
        // "Pakistan's foreign secretary, Syrus Sajjad Qazi,": an office written before a comma names whom it introduces.
        if (tokens[first - 1].Text == "," && first - 2 >= sentence.FirstToken && cues.IsOffice(tokens[first - 2].Text.ToLowerInvariant())) return true;
        return first - 2 >= sentence.FirstToken && cues.IsBefore($"{tokens[first - 2].Text} {tokens[first - 1].Text}");
    }

    private bool CueAfter(Document document, int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        int limit = sentence.FirstToken + sentence.TokenCount;
        if (end >= limit) return false;
        if (cues.IsAfter(tokens[end].Text)) return true;
        return tokens[end].Text == "," && end + 1 < limit && (cues.IsApposition(tokens[end + 1].Text) || cues.IsAfter(tokens[end + 1].Text));
    }

    // Runs for every token: compiled optimised at once, since a short batch ends before tiering would.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NameLike(Token token)
    {
        var t = token.Text;
        if (t.Length < 2 || !char.IsUpper(t[0])) return false;
        bool lower = false;
        foreach (var c in t) lower |= char.IsLower(c);
        return lower && !cues.IsNotName(Strip(t));
    }

    private static bool Possessive(string t) => t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal);

    private static string Strip(string t) => Possessive(t) ? t[..^2] : t;
}

using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Coding;

/// <summary>
/// Subjects named only by their kind ("police", "a suicide bomber", "gunmen"; data/lexicons/unnamed-actors.tsv):
/// with no actor in the clause, they are of the country where the act happens, in the role the file gives.
/// </summary>
public sealed class UnnamedActors
{
    private readonly Dictionary<string, string> _roles;
    private readonly int _longest;

    private UnnamedActors(Dictionary<string, string> roles)
    {
        _roles = roles;
        _longest = roles.Keys.Max(k => k.Split(' ').Length);
    }

    public static UnnamedActors Load(string dataRoot)
    {
        var codes = DataFile.Read(DataDirectory.File(dataRoot, "kb", "role-codes.tsv")).Select(l => l.Expect(1)[0]).ToHashSet(StringComparer.Ordinal);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in DataFile.Read(DataDirectory.File(dataRoot, "lexicons", "unnamed-actors.tsv")))
        {
            line.Expect(2);
            if (!codes.Contains(line[1])) throw line.Error($"role must be a code of data/kb/role-codes.tsv, got '{line[1]}'");
            if (!roles.TryAdd(line[0].ToLowerInvariant(), line[1])) throw line.Error($"duplicate noun '{line[0]}'");
        }
        if (roles.Count == 0) throw new KnowledgeException(DataDirectory.File(dataRoot, "lexicons", "unnamed-actors.tsv"), 0, "no nouns listed");
        return new UnnamedActors(roles);
    }

    /// <summary>The role of an unnamed subject ending at token <paramref name="end"/> ("security forces"), or null.</summary>
    internal string? RoleEndingAt(SentenceView s, int end)
    {
        for (int n = Math.Min(_longest, end + 1); n >= 1; n--)
        {
            var words = string.Join(' ', Enumerable.Range(end - n + 1, n).Select(k => s.Lower[k]));
            if (_roles.TryGetValue(words, out var role)) return role;
        }
        return null;
    }

    /// <summary>
    /// "accused police in Islamabad of raiding homes", "blamed border guards for the delay": a nameless object of the
    /// verb, of the country of the place right after it, else of <paramref name="country"/>; or null.
    /// </summary>
    internal ActorRef? Object(SentenceView s, int verbEnd, string? country)
    {
        int k = verbEnd + 1;
        // ("fired tear gas at the protesters", "opened fire on protesters", "arrested around 20 protesters", "detained dozens of
        // demonstrators": past a count, or a preposition after a short object of the act's means.)
        for (int skip = 0; skip < 4 && k + 1 < s.Count && s.MentionAt[k] is null && (s.Lower[k] is "around" or "about" or "some" or "nearly" or "more" or "than" or "over" or "at" or "least" or "dozens" or "hundreds" or "scores" or "of" or "several" or "on" or "fire" or "tear" or "gas" or "teargas"
            || char.IsDigit(s.Lower[k][0])); skip++) k++;
        while (k < s.Count && s.Lower[k] is "the" or "some" or "local") k++;
        // ("met a delegation of traders", "a jirga of elders": the people a body of them is made of.)
        if (k + 2 < s.Count && s.Lower[k] is "a" && s.Lower[k + 1] is "delegation" or "group" or "jirga" or "committee" && s.Lower[k + 2] == "of") k += 3;
        for (int end = k; end < Math.Min(s.Count, k + 2); end++)
        {
            if (s.MentionAt[end] is not null || RoleEndingAt(s, end) is not { } role) continue;
            // "police stations", "troops' withdrawal": the noun must end its phrase.
            // ("arrested 20 protesters on Wednesday", "... outside the office": a preposition or a time after it ends it too.)
            if (end + 1 < s.Count && s.IsWord(end + 1) && s.MentionAt[end + 1] is null
                && !(s.Lower[end + 1] is "in" or "at" or "of" or "for" or "and" or "from" or "on" or "near" or "outside" or "inside" or "during" or "after" or "before"
                    or "who" or "when" or "as" or "with" or "into" or "across" or "last" or "this" or "overnight" or "yesterday" or "late" or "early")) return null;
            if (end + 2 < s.Count && s.Lower[end + 1] is "in" or "at" or "from" && s.PlaceAt(end + 2) is { } at
                && s.PlaceOf(at)?.Country is { Length: 3 } there)
                country = there;
            return country is { Length: 3 } ? new ActorRef(country, null, role, s.Tokens[end].Text) : null;
        }
        return null;
    }

    /// <summary>
    /// "a suicide bomber who police say belonged to a TTP faction blew himself up": a nameless subject with a relative
    /// clause (no commas) before the verb; the armed group that clause names is the actor, else the country given.
    /// </summary>
    internal ActorRef? SubjectBeforeRelativeClause(SentenceView s, int verb, string? country)
    {
        for (int w = verb - 1; w > 0 && verb - w <= 12; w--)
        {
            if (s.Lower[w] is "," or ";" or ":" or "." ) return null;
            if (s.Lower[w] != "who") continue;
            if (RoleEndingAt(s, w - 1) is not { } role || s.ActorAt(w - 1) is not null) return null;
            for (int k = w + 1; k < verb; k++)
                if (s.ActorAt(k) is { Group: not null } group && role == "INS") return group with { Role = "INS" };
            return country is null ? null : new ActorRef(country, null, role, s.Tokens[w - 1].Text);
        }
        return null;
    }

    /// <summary>
    /// The unnamed subject of a verb ("police had detained ...", "a suicide bomber drove ..."): such a noun right before
    /// it (auxiliaries, adverbs and a place phrase may stand between), placed in <paramref name="country"/>.
    /// </summary>
    // How many words a participle phrase between a nameless subject and its verb may run to.
    private const int ParticiplePhrase = 6;
    // How many words a participle phrase set off by commas may run to.
    private const int CommaPhrase = 12;

    internal ActorRef? Subject(SentenceView s, int clauseStart, int verb, string? country)
    {
        if (country is null) return null;
        int i = verb - 1;
        // Auxiliaries and adverbs between subject and verb ("police had quietly detained").
        while (i >= clauseStart && (s.Lower[i] is "had" or "has" or "have" or "was" or "were" or "been" or "is" or "are" or "reportedly" or "also"
            || (s.Lower[i].EndsWith("ly") && s.MentionAt[i] is null))) i--;
        // A place after the noun ("police in Mashhad detained"), or a list of them ("police in Islamabad, Rawalpindi and Karachi").
        // (A facility of the place may follow it: "a bomb near Karachi airport killed".)
        if (i > clauseStart + 1 && s.MentionAt[i] is null && s.IsWord(i) && char.IsLower(s.Tokens[i].Text[0]) && s.MentionAt[i - 1] is { Kind: MentionKind.Place }
            && RoleEndingAt(s, i) is null) i--;
        if (i > clauseStart && s.MentionAt[i] is { Kind: MentionKind.Place })
        {
            int start = s.MentionStart(i);
            while (start > 2 && s.Lower[start - 1] is "," or "and" && s.MentionAt[start - 2] is { Kind: MentionKind.Place }) start = s.MentionStart(start - 2);
            if (start > 1 && s.Lower[start - 1] is "in" or "at" or "from" or "near") i = start - 2;
        }
        // A participle phrase set off by commas ("Troops, backed by the air force and commandos, stormed the train").
        if (i > clauseStart && s.Lower[i] == ",")
            for (int k = i - 1; k > clauseStart && i - k <= CommaPhrase; k--)
            {
                if (s.Lower[k] is ";" or ":") break;
                if (s.Lower[k] != ",") continue;
                if (k + 1 < i && s.MentionAt[k + 1] is null && s.Lower[k + 1] is var first && (first.EndsWith("ed") || first.EndsWith("ing"))
                    && RoleEndingAt(s, k - 1) is not null) i = k - 1;
                break;
            }
        // A participle phrase after the noun ("a bomber standing in the front row set off", "gunmen riding motorcycles opened fire").
        if (i >= clauseStart && RoleEndingAt(s, i) is null)
            for (int k = i; k > clauseStart && i - k < ParticiplePhrase; k--)
            {
                if (s.Lower[k] is "," or ";" || s.ActorAt(k) is not null) break;
                if (s.Lower[k].EndsWith("ing") && s.MentionAt[k] is null && s.ActorAt(k - 1) is null && RoleEndingAt(s, k - 1) is not null) { i = k - 1; break; }
            }
        if (i < clauseStart || s.ActorAt(i) is not null || RoleEndingAt(s, i) is not { } role) return null;
        // "its fighters", "their troops": someone's own, named by the pronoun, not of the place.
        int before = i - 1;
        while (before >= clauseStart && s.Lower[before] is not ("its" or "their" or "his" or "her") && s.IsWord(before) && s.MentionAt[before] is null && !char.IsUpper(s.Tokens[before].Text[0]) && i - before <= 3) before--;
        if (before >= clauseStart && s.Lower[before] is "its" or "their" or "his" or "her") return null;
        return new ActorRef(country, null, role, s.Tokens[i].Text);
    }
}

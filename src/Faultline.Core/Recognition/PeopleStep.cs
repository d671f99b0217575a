using Faultline.Core.Documents;
using Faultline.Core.Knowledge;

namespace Faultline.Core.Recognition;

/// <summary>
/// Adds the people the knowledge base lacks and merges spellings: a cued full name joins a person already
/// named when <see cref="NameMerger"/> says they are the same, else becomes a new person; a surname alone
/// joins the one person who has it. A found name may replace a place it contains ("Sanaa Alimia" is not
/// Yemen's capital); the article's author is never a person of the article.
/// </summary>
public sealed partial class PeopleStep(RecognitionKnowledge kb, PersonFinder finder)
{
    public List<Mention> Apply(Document document, List<Mention> mentions, DateOnly? date)
    {
        var author = document.Metadata.Author is { } a ? Words(a) : null;
        mentions.RemoveAll(m => m.Kind == MentionKind.Person && author is not null && IsAuthor(Words(kb.People[m.EntityId].Name), author));
        // Characters already named by an actor or person: a found name may not use them.
        var taken = new bool[document.Text.Length + 1];
        foreach (var m in mentions)
            if (m.Kind != MentionKind.Place)
                for (int c = m.Span.Start; c < m.Span.End; c++) taken[c] = true;
        var found = finder.Find(document, s => taken[s.Start] || taken[Math.Max(s.Start, s.End - 1)]);
        var people = new List<KnownPerson>();
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Person && !people.Any(p => p.Id == m.EntityId))
                people.Add(new KnownPerson(m.EntityId, Words(kb.People[m.EntityId].Name), FamilyNameFirst(m.Actor)));
        var actorOf = mentions.Where(m => m.Kind == MentionKind.Person).GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.First().Actor);
        foreach (var name in found.Where(f => f.Words.Length >= 2))
        {
            if (author is not null && IsAuthor(name.Words, author)) continue;
            // A name may swallow a place inside it ("Sanaa Alimia"), never be one ("Lakki Marwat, the district").
            if (mentions.Any(m => m.Kind == MentionKind.Place && m.Span.Contains(name.Span))) continue;
            // "Karachi's Sohrab Goth", "Kabul's Serena Hotel": what a place has is a part of it, not a person.
            if (AfterPlacePossessive(document, mentions, name)) continue;
            var same = people.FirstOrDefault(p => NameMerger.SamePerson(p.Words, name.Words));
            if (same is null && !name.Cued) continue;
            var id = same?.Id ?? "person:" + string.Join(' ', name.Words.Select(TokenNormalizer.Fold));
            if (same is null)
            {
                actorOf[id] = ActorBefore(document, mentions, name) ?? ActorAfter(document, mentions, name) ?? Official(document, mentions, name);
                people.Add(new KnownPerson(id, name.Words, FamilyNameFirst(actorOf[id])));
            }
            Add(mentions, name, id, actorOf.GetValueOrDefault(id), "name:" + (name.Cued ? "cued" : "merged"));
        }
        foreach (var name in found.Where(f => f.Words.Length == 1))
            if (NameMerger.BySurname(name.Name, people) is { } id)
                Add(mentions, name, id, actorOf.GetValueOrDefault(id), "name:surname");
        return mentions;
    }

    /// <summary>Whether the person acts for a state whose people are written family name first ("Wang Yi" is "Wang").</summary>
    private bool FamilyNameFirst(ActorRef? actor) => actor?.Country is { } country && kb.Cues.IsFamilyNameFirst(country);

    private static bool AfterPlacePossessive(Document document, List<Mention> mentions, FoundName name) =>
        mentions.Any(m => m.Kind == MentionKind.Place && m.Span.End <= name.Span.Start && name.Span.Start - m.Span.End <= 3
            && document.Text[m.Span.End..name.Span.Start].TrimEnd() is "'s" or "’s");

    /// <summary>
    /// "Chinese envoy Yue Xiaoyong", "the Taliban defence ministry's spokesman, Qari Bashir Ahmad Sahil": an actor
    /// with a role written just before a new name (a possessive title may stand between) is whom the person acts for.
    /// </summary>
    private static ActorRef? ActorBefore(Document document, List<Mention> mentions, FoundName name)
    {
        var before = mentions.Where(m => m.Kind == MentionKind.Actor && m.Actor is not null && m.Span.End <= name.Span.Start)
            .MaxBy(m => m.Span.End);
        if (before is null) return null;
        var gap = document.Text[before.Span.End..name.Span.Start];
        // (An honorific the name finder dropped may stand between: "the Taliban defence ministry's spokesman, Qari ...".)
        if (before.Actor!.Role is not null && RoleThenName().IsMatch(gap)) return before.Actor with { Name = name.Name };
        return PossessiveTitle().IsMatch(gap) ? before.Actor with { Name = name.Name, Role = before.Actor.Role ?? StateRole(before.Actor) } : null;
    }

    /// <summary>"Abdul Wahid Rahmani, the Islamic Emirate's deputy spokesman": an actor in an apposition right after the name.</summary>
    private static ActorRef? ActorAfter(Document document, List<Mention> mentions, FoundName name)
    {
        var after = mentions.Where(m => m.Kind == MentionKind.Actor && m.Actor is not null && m.Span.Start >= name.Span.End && m.Span.Start - name.Span.End <= 40)
            .MinBy(m => m.Span.Start);
        if (after is null) return null;
        var gap = document.Text[name.Span.End..after.Span.Start];
        // The actor's own title ("the Islamic Emirate's deputy spokesman", "the Taliban government"), not a nationality
        // ("an Afghan history researcher" speaks for no one).
        var rest = document.Text[after.Span.End..Math.Min(document.Text.Length, after.Span.End + 2)];
        bool titled = after.Actor!.Role is not null || rest is "'s" or "’s";
        return titled && Apposition().IsMatch(gap) ? after.Actor with { Name = name.Name, Role = after.Actor.Role ?? StateRole(after.Actor) } : null;
    }

    /// <summary>
    /// "Interior Minister Tariq Chaudhry announced", "spokesman Kamran Shah told": an office named right before a new
    /// name with no state in it is the office of the state the story is reported from (its dateline's country).
    /// </summary>
    private ActorRef? Official(Document document, List<Mention> mentions, FoundName name)
    {
        int from = Math.Max(0, name.Span.Start - 30);
        var before = document.Text[from..name.Span.Start];
        var words = before.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words.TakeLast(3).Any(w => kb.Cues.IsOffice(w.ToLowerInvariant()))) return null;
        // "its spokesman, X": the office of whom the pronoun stands for, not of the home state.
        if (words.TakeLast(3).Any(w => w.ToLowerInvariant() is "its" or "their" or "his" or "her")) return null;
        // "Balochistan Chief Minister Abdul Quddus Bizenjo", "Nangarhar's governor, Mohammad Naeem": the province or city
        // named right before the office is the state's whose office it is.
        if (mentions.Where(m => m.Kind == MentionKind.Place && m.Span.End > from && m.Span.End <= name.Span.Start).MaxBy(m => m.Span.End) is { } place
            && PlaceThenTitle().IsMatch(document.Text[place.Span.End..name.Span.Start])
            && kb.Places.TryGetValue(place.EntityId, out var where) && where.Country is { Length: 3 } state)
            return new ActorRef(state, null, "GOV", name.Name);
        // Any actor shortly before in the sentence ("a Taliban delegation led by deputy minister X") says whose office it
        // is, or that it is unclear. (One in the sentence before does not: "Pakistan blamed Kabul. Interior Minister X ...".)
        // (Nor do armed groups and crowds, who hold no offices: "After militants stormed a post, Foreign Secretary X ...".)
        int context = Math.Max(0, name.Span.Start - 80);
        if (mentions.Any(m => m.Kind == MentionKind.Actor && m.Span.End > context && m.Span.Start < name.Span.Start && m.Sentence == name.Sentence
                && m.Actor?.Role is not ("INS" or "REB" or "CVL")))
            return null;
        return HomeCountry(document, mentions) is { } home ? new ActorRef(home, null, "GOV", name.Name) : null;
    }

    /// <summary>The country of the dateline's place ("PESHAWAR, Jan 17 2025 (...) -", "ISLAMABAD: ..."), or null.</summary>
    private string? HomeCountry(Document document, List<Mention> mentions)
    {
        // The dateline's city may be read as a place or, for a capital, as its government ("ISLAMABAD:").
        foreach (var m in mentions.Where(m => m.Kind is MentionKind.Place or MentionKind.Actor).OrderBy(m => m.Span.Start))
        {
            if (m.Span.Start > 600) break;
            bool opensParagraph = m.Span.Start == 0 || document.Text[m.Span.Start - 1] == '\n';
            var after = document.Text[m.Span.End..Math.Min(document.Text.Length, m.Span.End + 1)];
            if (!opensParagraph || after is not ("," or ":" or "/") || !m.Span.Of(document.Text).All(c => !char.IsLetter(c) || char.IsUpper(c))) continue;
            return m.Kind == MentionKind.Place ? (kb.Places.TryGetValue(m.EntityId, out var place) ? place.Country : null) : m.Actor?.Country;
        }
        return null;
    }

    /// <summary>A state's titled official speaks for its government; a group's (a party's spokesman) for the group as it is.</summary>
    private static string? StateRole(ActorRef actor) => actor.Group is null ? "GOV" : null;

    // "'s spokesman, ", " defence ministry's deputy spokesman, Qari ", "'s ambassador in Kabul, ": a possessive and a
    // lower-case title (with the post's place) between an actor and a name (an honorific the name finder dropped may end it).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s+[a-z][a-z-]*){0,2}['’]s(?:\s+[a-z][a-z-]*){1,3}(?:\s+(?:in|to|at)\s+[A-Z][\w-]*)?\s*,?\s*(?:[A-Z][a-z]+\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex PossessiveTitle();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*,?\s*(?:[A-Z][a-z]+\s+)?$")]
    private static partial System.Text.RegularExpressions.Regex RoleThenName();

    // "Balochistan Chief Minister ", "Nangarhar's governor, ": a possessive may follow the place, then the office's words.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:['’]s)?(?:\s+[A-Za-z][a-z-]*){1,3}\s*,?\s*$")]
    private static partial System.Text.RegularExpressions.Regex PlaceThenTitle();

    // ", the ", ", a spokesman for the ": an apposition opening right after a name, before the actor it names.
    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s+(?:the|a|an)(?:\s+[a-z][a-z-]*){0,4}\s+$")]
    private static partial System.Text.RegularExpressions.Regex Apposition();

    private static void Add(List<Mention> mentions, FoundName name, string id, ActorRef? actor, string rule)
    {
        mentions.RemoveAll(m => m.Kind == MentionKind.Place && m.Span.Overlaps(name.Span));
        mentions.Add(new Mention(name.Span, MentionKind.Person, id, rule) { Sentence = name.Sentence, Actor = actor });
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // A byline may name several writers ("Noor Zaman and Waheed Jan", "A, B & C"): each of them is an author.
    private static bool IsAuthor(IReadOnlyList<string> name, IReadOnlyList<string> author) =>
        SplitAuthors(author).Any(one => string.Join(' ', name.Select(TokenNormalizer.Fold)) == string.Join(' ', one.Select(TokenNormalizer.Fold)) || NameMerger.SamePerson(name, one));

    private static IEnumerable<IReadOnlyList<string>> SplitAuthors(IReadOnlyList<string> author)
    {
        var current = new List<string>();
        foreach (var word in author)
        {
            if (word is "and" or "&" || word.EndsWith(','))
            {
                var last = word.TrimEnd(',');
                if (word.EndsWith(',') && last.Length > 0) current.Add(last);
                if (current.Count > 0) yield return current;
                current = [];
                continue;
            }
            current.Add(word);
        }
        if (current.Count > 0) yield return current;
    }
}

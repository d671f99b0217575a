using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// One sentence as the coder reads it: its tokens in lower case, and for each token the actor, person or place
/// mention that covers it (if any).
/// </summary>
internal sealed class SentenceView
{
    /// <param name="mentions">The document's mentions in text order (see <see cref="Sorted"/>).</param>
    public SentenceView(Document document, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        Document = document;
        Sentence = sentence;
        Tokens = document.Tokens.GetRange(sentence.FirstToken, sentence.TokenCount);
        Lower = Tokens.Select(t => t.Text.ToLowerInvariant().Replace('’', '\'')).ToArray();
        MentionAt = new Mention?[Tokens.Count];
        int first = FirstEndingAfter(mentions, sentence.Span.Start);
        for (int m = first; m < mentions.Count && mentions[m].Span.Start < sentence.Span.End; m++)
        {
            var mention = mentions[m];
            if (!sentence.Span.Contains(mention.Span)) continue;
            for (int i = 0; i < Tokens.Count; i++)
                if (mention.Span.Overlaps(Tokens[i].Span) && (MentionAt[i] is null || MentionAt[i]!.Span.Length < mention.Span.Length))
                    MentionAt[i] = mention;
        }
    }

    public static List<Mention> Sorted(Document document) => [.. document.Mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];

    private static int FirstEndingAfter(IReadOnlyList<Mention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public Document Document { get; }
    public Sentence Sentence { get; }
    public List<Token> Tokens { get; }
    public string[] Lower { get; }
    public Mention?[] MentionAt { get; }

    public int Count => Tokens.Count;

    public string Text => Sentence.Span.Of(Document.Text);

    /// <summary>The actor a token stands for: an actor mention, or a person mention acting for an actor.</summary>
    public ActorRef? ActorAt(int i) =>
        MentionAt[i] is { Kind: MentionKind.Actor or MentionKind.Person, Actor: { } a } ? a : null;

    /// <summary>
    /// The actor a token stands for as the target of an act: as <see cref="ActorAt"/>, and also a capital named as a
    /// place, which stands for its government when something is done to it ("visited Kabul", "submit to Islamabad").
    /// </summary>
    public ActorRef? TargetAt(int i) =>
        ActorAt(i) ?? (MentionAt[i] is { Kind: MentionKind.Place, Actor: { } a } && (MentionStart(i) == 0 || Lower[MentionStart(i) - 1] is not ("in" or "at" or "near" or "inside" or "from" or "across" or "within")) ? a : null);

    /// <summary>The state a token names as such ("India", "Pakistan"), not a force or person acting for it, or null.</summary>
    public ActorRef? StateAt(int i) => MentionAt[i] is { Kind: MentionKind.Actor, Actor: { Country.Length: 3, Group: null, Role: null } a } ? a : null;

    public Mention? PlaceAt(int i) => MentionAt[i] is { Kind: MentionKind.Place } m ? m : null;

    /// <summary>The document's place a place mention names, or null.</summary>
    public DocumentPlace? PlaceOf(Mention m) => Document.Places.FirstOrDefault(p => p.Id == m.EntityId);

    /// <summary>The first token that starts at or after a character offset within the sentence, or null.</summary>
    public int? TokenFrom(int offset)
    {
        for (int k = 0; k < Count; k++)
            if (Tokens[k].Span.Start - Sentence.Span.Start >= offset) return k;
        return null;
    }

    /// <summary>First token index of the mention covering token i (the mention may span several tokens).</summary>
    public int MentionStart(int i)
    {
        var m = MentionAt[i];
        while (i > 0 && m is not null && ReferenceEquals(MentionAt[i - 1], m)) i--;
        return i;
    }

    public int MentionEnd(int i)
    {
        var m = MentionAt[i];
        while (i + 1 < Count && m is not null && ReferenceEquals(MentionAt[i + 1], m)) i++;
        return i;
    }

    /// <summary>"the Tehreek-e-Taliban Pakistan (TTP)": where the mention starting at <paramref name="start"/> is an
    /// abbreviation in brackets right after another mention, the start of that mention (the name it stands for); else null.</summary>
    public int? NameBeforeBracket(int start) =>
        start > 1 && Lower[start - 1] == "(" && MentionAt[start - 2] is not null && MentionEnd(start) + 1 < Count && Lower[MentionEnd(start) + 1] == ")"
            ? MentionStart(start - 2) : null;

    public bool IsPossessive(int i) => Lower[i].EndsWith("'s") || (i + 1 < Count && Lower[i + 1] is "'s" or "'");

    public bool IsWord(int i) => i >= 0 && i < Count && char.IsLetter(Lower[i][0]);
}

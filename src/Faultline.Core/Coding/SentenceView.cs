using Faultline.Core.Documents;

namespace Faultline.Core.Coding;

/// <summary>
/// One sentence as the coder reads it: its tokens in lower case, and for each token the actor, person or place
/// mention that covers it (if any).
/// </summary>
internal sealed class SentenceView
{
    public SentenceView(Document document, Sentence sentence)
    {
        Document = document;
        Sentence = sentence;
        Tokens = document.Tokens.GetRange(sentence.FirstToken, sentence.TokenCount);
        Lower = Tokens.Select(t => t.Text.ToLowerInvariant().Replace('’', '\'')).ToArray();
        MentionAt = new Mention?[Tokens.Count];
        var mentions = document.Mentions.Where(m => sentence.Span.Contains(m.Span)).ToList();
        for (int i = 0; i < Tokens.Count; i++)
            MentionAt[i] = mentions.Where(m => m.Span.Overlaps(Tokens[i].Span)).OrderByDescending(m => m.Span.Length).FirstOrDefault();
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

    public Mention? PlaceAt(int i) => MentionAt[i] is { Kind: MentionKind.Place } m ? m : null;

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

    public bool IsPossessive(int i) => Lower[i].EndsWith("'s") || (i + 1 < Count && Lower[i + 1] is "'s" or "'");

    public bool IsWord(int i) => i >= 0 && i < Count && char.IsLetter(Lower[i][0]);
}

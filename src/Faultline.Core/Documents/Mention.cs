namespace Faultline.Core.Documents;

public enum MentionKind
{
    Actor,
    Person,
    Place,
}

/// <summary>
/// One place in the cleaned text where an actor, person or place is named or referred to.
/// <see cref="EntityId"/> is the canonical identity (knowledge-base id or a document-local one);
/// <see cref="RuleId"/> says which entry or rule found it.
/// </summary>
public sealed record Mention(TextSpan Span, MentionKind Kind, string EntityId, string RuleId)
{
    /// <summary>The actor this mention acts for (for actors and people), resolved with its role.</summary>
    public ActorRef? Actor { get; init; }

    public int Sentence { get; init; } = -1;
}

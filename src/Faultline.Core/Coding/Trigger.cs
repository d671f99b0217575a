namespace Faultline.Core.Coding;

/// <summary>
/// Where a pattern matched in a sentence: the token range of its words (for verbs with a named object, up to the
/// object) and where the verb with its particle ends, after which its target is sought.
/// </summary>
internal sealed record Trigger(EventPattern Pattern, int Start, int End)
{
    public int VerbEnd { get; init; } = End;

    /// <summary>A verb of saying coded by what its complement says ("said Kabul must act" is a demand): the time of that
    /// complement, right after the verb, is not the saying's.</summary>
    public bool ToldInComplement { get; init; }
}

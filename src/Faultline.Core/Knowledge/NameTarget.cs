using Faultline.Core.Documents;

namespace Faultline.Core.Knowledge;

/// <summary>
/// One meaning of a name in the compiled trie: which entry it names, the actor it stands for (actors), the
/// period it holds, and how the text must be capitalised for the name to count.
/// </summary>
public sealed record NameTarget(TargetKind Kind, string Id, string Source)
{
    /// <summary>The actor the name stands for (states, demonyms, organisations, metonyms), else null.</summary>
    public ActorRef? Actor { get; init; }

    public DateRange Period { get; init; } = DateRange.Always;

    /// <summary>Per token: 0 any case, 1 capitalised, 2 all capitals (from how the data file spells it).</summary>
    public byte[] Case { get; init; } = [];

    /// <summary>Per token: whether the data joins it to the word before with a hyphen, and whether it is possessive.</summary>
    public bool[] Joined { get; init; } = [];

    public bool[] Possessive { get; init; } = [];

    /// <summary>A place whose name is also an English word: only taken capitalised and not sentence-initial.</summary>
    public bool CommonWord { get; init; }

    /// <summary>Role code of a role noun ("soldiers" -> MIL).</summary>
    public string? Role { get; init; }

    /// <summary>Organisation kind (group, igo, agency, media, source) for organisations.</summary>
    public string? OrgKind { get; init; }

    /// <summary>Preference among places sharing a name: lower wins (curated, then Afghanistan and Pakistan, then larger).</summary>
    public double Rank { get; init; }

    /// <summary>The sides of a named war (<see cref="TargetKind.Conflict"/>).</summary>
    public IReadOnlyList<ActorRef> Sides { get; init; } = [];

    public bool IsActor => Kind is TargetKind.State or TargetKind.Demonym or TargetKind.Organisation or TargetKind.Metonym or TargetKind.Conflict;
}

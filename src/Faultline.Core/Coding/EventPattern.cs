namespace Faultline.Core.Coding;

public enum PatternKind
{
    Verb,
    Noun,
}

/// <summary>
/// One line of data/patterns/verbs.tsv or nouns.tsv: the words that report an event and the CAMEO code they
/// get. <see cref="Heads"/> are single lemmas (a verb's lemma, or a noun phrase's last word) used to index the
/// pattern; <see cref="Phrases"/> are the full words to match.
/// </summary>
public sealed record EventPattern(string Id, PatternKind Kind, string Code, IReadOnlyList<string[]> Phrases, IReadOnlyList<string[]> Objects)
{
    public string? NonStateCode { get; init; }
    /// <summary>The code when actor1 is a state or its officials ("Kabul protested the measures": a formal complaint, not a rally), if other.</summary>
    public string? OfficialCode { get; init; }
    /// <summary>The code when the target is a people ("hosted Afghans": sheltering them, not receiving a guest), if other.</summary>
    public string? PeopleCode { get; init; }
    public bool NoObject { get; init; }
    /// <summary>The verb counts only inflected ("returned to power"): its bare form is as often the noun ("the Taliban's return to power").</summary>
    public bool Inflected { get; init; }
    public bool NeedsTarget { get; init; }
    /// <summary>A third party's act between others (mediation): two actors doing it together do not act on each other.</summary>
    public bool ThirdParty { get; init; }
    /// <summary>An answer to an attack: with no named target it targets whoever last attacked the answering side.</summary>
    public bool Retaliation { get; init; }
    /// <summary>A noun for one of a series ("round"): followed by "of", it is a round of what follows, and reports this
    /// pattern's act only where that is a noun of the same act ("a round of talks", not "a round of deportations").</summary>
    public bool Series { get; init; }
    /// <summary>A crowd's act (protest): with no named actor, the people of the place where it happens act.</summary>
    public bool Local { get; init; }
    /// <summary>Plain saying ("said", "told"): an event only in a sentence that also reports an act.</summary>
    public bool Reporting { get; init; }
    /// <summary>The target is the direct object only, not an actor after a preposition.</summary>
    public bool Direct { get; init; }
    /// <summary>The target is whom the act is addressed to, after "to" or "with" ("conveyed its concern to the Afghan
    /// envoy"); an actor the act is about ("concerns regarding the TTP", "Pakistan's concerns") is none.</summary>
    public bool Addressee { get; init; }
    /// <summary>A concern about something ("deeply concerned about arrests of Afghans in Pakistan"): the target is whoever did
    /// what it is about (the state where the people it names were treated so, or the doer of the act it refers back to),
    /// never those people.</summary>
    public bool About { get; init; }
    /// <summary>An act between two sides: unnamed sides are the pair last seen dealing with each other.</summary>
    public bool Mutual { get; init; }
    /// <summary>Also the code of a conditional promise of force by a speaker ("If X ..., we will respond").</summary>
    public bool Conditional { get; init; }
    /// <summary>An act on people's papers ("extended their cards"): with no one named, it is done to the foreign people named just before.</summary>
    public bool Holders { get; init; }
    /// <summary>The object may stand as the subject right before the verb ("Torkham reopened", "the crossing closed").</summary>
    public bool Ergative { get; init; }
    /// <summary>An act of state power: with no named actor, the government of the country where it happens.</summary>
    public bool Authority { get; init; }
    /// <summary>Also the code of a statement that makes another actor the author of an act ("said the attack was planned by X").</summary>
    public bool Attribution { get; init; }
    /// <summary>Also the code of a statement that people must leave or will be expelled ("announced that undocumented Afghans had to leave by July 6").</summary>
    public bool AnnouncedExpulsion { get; init; }
    /// <summary>Also the code of a statement that another side must act ("said Kabul must hand the perpetrators over").</summary>
    public bool Obligation { get; init; }
    /// <summary>How many words after the verb its object may stand ("gave Afghans holding PoR cards until August 31 to leave"), when not the default.</summary>
    public int? ObjectWindow { get; init; }

    public bool AnyObject => Objects.Count == 0;

    public string CodeFor(bool nonStateActor, bool officialActor = false) =>
        nonStateActor && NonStateCode is not null ? NonStateCode : officialActor && OfficialCode is not null ? OfficialCode : Code;
}

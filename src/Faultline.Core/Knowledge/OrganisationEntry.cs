using Faultline.Core.Documents;

namespace Faultline.Core.Knowledge;

/// <summary>An organisation of data/kb/organisations.tsv; <see cref="Actor"/> is null for sources.</summary>
public sealed record OrganisationEntry(string Code, string Name, string Kind, string? Country, string? Role)
{
    public static readonly string[] Kinds = ["group", "igo", "agency", "media", "source"];

    /// <summary>Its name and aliases ("Afghan Taliban", "Taliban", "Islamic Emirate of Afghanistan", ...).</summary>
    public IReadOnlyList<string> Names { get; init; } = [Name];

    public bool IsSource => Kind == "source";

    /// <summary>Whom the organisation acts for: a group keeps its code; an agency or state broadcaster is its state.</summary>
    public ActorRef? Actor => Kind switch
    {
        "group" => new ActorRef(Country, Code, Role, Name),
        "igo" => new ActorRef(null, Code, Role, Name),
        "agency" or "media" => new ActorRef(Country, null, Role, Name),
        _ => null,
    };
}

namespace Faultline.Core.Claims;

/// <summary>
/// Figures from one or more documents about the same measure (unit, kind, similar subject), with how they
/// relate and why. <see cref="Label"/> is the status as written in exports: corroborated, conflicting,
/// not_comparable.
/// </summary>
public sealed record ClaimGroup(GroupStatus Status, string Unit, string Kind, string Subject, IReadOnlyList<SourcedClaim> Members, string Reason)
{
    public string Label => Status switch
    {
        GroupStatus.Corroborated => "corroborated",
        GroupStatus.Conflicting => "conflicting",
        _ => "not_comparable",
    };

    /// <summary>How many distinct documents the group draws on.</summary>
    public int Documents => Members.Select(m => m.DocumentId).Distinct().Count();
}

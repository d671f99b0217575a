namespace Faultline.Core.Knowledge;

/// <summary>A person of data/kb/people.tsv, with affiliations in the order given (best known first).</summary>
public sealed record PersonEntry(string Name, IReadOnlyList<Affiliation> Affiliations)
{
    /// <summary>The affiliation holding on <paramref name="date"/>, else the best-known one.</summary>
    public Affiliation? At(DateOnly? date) =>
        (date is { } d ? Affiliations.FirstOrDefault(a => !a.Period.IsAlways && a.Period.Contains(d)) : null)
        ?? Affiliations.FirstOrDefault();
}

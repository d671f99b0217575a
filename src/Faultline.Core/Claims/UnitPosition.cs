namespace Faultline.Core.Claims;

/// <summary>Where a unit word stands relative to its figure (see data/lexicons/units.tsv).</summary>
public enum UnitPosition
{
    Prefix,
    Suffix,
    Noun,
    Casualty,
}

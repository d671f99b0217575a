namespace Faultline.Core.Claims;

/// <summary>One line of data/lexicons/units.tsv: the unit a word marks, the factor into it, and where it stands.</summary>
public sealed record UnitEntry(string Word, string Unit, double Factor, UnitPosition Position)
{
    /// <summary>The unit that marks a figure as no claim at all (durations, ages).</summary>
    public const string None = "none";

    public bool IsClaim => Unit != None;
}

namespace Faultline.Core.Claims;

/// <summary>
/// What a figure counts: its unit and factor, and the tokens [<see cref="HeadFirst"/>, <see cref="HeadEnd"/>) of
/// the phrase that said so. <see cref="Anaphoric"/> marks "45 of those", whose unit comes from an earlier noun.
/// </summary>
public sealed record UnitReading(string Unit, double Factor, string Rule)
{
    public int? HeadFirst { get; init; }
    public int? HeadEnd { get; init; }
    public bool Anaphoric { get; init; }
    /// <summary>The figure is followed by a noun phrase of its own (not a bare number).</summary>
    public bool HasNoun { get; init; }
}

namespace Faultline.Core.Claims;

/// <summary>A figure of a sentence that passed the non-claim rules, with what it counts.</summary>
public sealed record Figure(NumberMatch Number, UnitReading Unit);

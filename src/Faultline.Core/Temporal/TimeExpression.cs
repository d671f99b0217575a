namespace Faultline.Core.Temporal;

/// <summary>
/// A date expression found in text and resolved against the reference date. <see cref="Date"/> is null when it
/// cannot be resolved (a relative expression with no reference). <see cref="IsLimit"/> marks "since X", "by X" and "until X",
/// which say when something began or must end, not when an act happened; <see cref="Since"/> marks the first kind, the
/// start of a state ("a ceasefire that has held since March 5"), the only date some acts get.
/// </summary>
public sealed record TimeExpression(int Start, int End, PartialDate? Date, bool IsLimit, string Kind, bool Since = false)
{
    /// <summary>Where a narrative stands after it, where that is finer than the date it gives an act: "the following
    /// summer" dates an act to its year only, but a "December" told next is that year's.</summary>
    public PartialDate? Position { get; init; }

    /// <summary>An end ("until March 20", "lasted into the following summer"): a limit, but the story has reached it.</summary>
    public bool Ends { get; init; }

    /// <summary>The position where there is one, else the date.</summary>
    public PartialDate? Reached => Position ?? Date;
}

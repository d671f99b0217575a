namespace Faultline.Core.Temporal;

/// <summary>
/// A date expression found in text and resolved against the reference date. <see cref="Date"/> is null when it
/// cannot be resolved (a relative expression with no reference). <see cref="IsLimit"/> marks "since X", "by X" and "until X",
/// which say when something began or must end, not when an act happened; <see cref="Since"/> marks the first kind, the
/// start of a state ("a ceasefire that has held since March 5"), the only date some acts get.
/// </summary>
public sealed record TimeExpression(int Start, int End, PartialDate? Date, bool IsLimit, string Kind, bool Since = false);

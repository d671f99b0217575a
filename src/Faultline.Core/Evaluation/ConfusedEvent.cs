namespace Faultline.Core.Evaluation;

/// <summary>
/// A missed gold event and the root of the spurious system event that most likely stood for it (same actors,
/// else same actor1); <see cref="SystemRoot"/> is null when no such system event was left.
/// </summary>
public sealed record ConfusedEvent(string GoldRoot, string? SystemRoot, string Gold, string? Sentence);

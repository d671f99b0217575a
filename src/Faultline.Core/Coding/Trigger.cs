namespace Faultline.Core.Coding;

/// <summary>Where a pattern matched in a sentence: the token range of its words and, for verbs, of its object.</summary>
internal sealed record Trigger(EventPattern Pattern, int Start, int End);

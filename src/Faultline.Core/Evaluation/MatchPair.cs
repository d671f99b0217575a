namespace Faultline.Core.Evaluation;

/// <summary>A gold entry paired with a system entry, by their indexes in the document's lists.</summary>
public readonly record struct MatchPair(int Gold, int System);

using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>One kind of entry (events, actors…) in one document: the counts and the gold entries missed.</summary>
public sealed record KindScore(string Kind, Prf Counts, IReadOnlyList<JsonNode?> Missed);

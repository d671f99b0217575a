using System.Text.Json.Nodes;

namespace Faultline.Core.Evaluation;

/// <summary>A document's publication date: the gold's, the system's, and whether they agree at the gold's precision.</summary>
public sealed record PublishedCheck(JsonNode? Gold, JsonNode? System, bool Ok);

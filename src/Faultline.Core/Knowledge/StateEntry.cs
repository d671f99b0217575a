namespace Faultline.Core.Knowledge;

/// <summary>A state of data/kb/states.tsv.</summary>
public sealed record StateEntry(string Code, string? Iso2, string Name);

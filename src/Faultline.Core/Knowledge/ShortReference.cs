namespace Faultline.Core.Knowledge;

/// <summary>A short reference of data/kb/references.tsv: the phrase, the kind of actor it wants (group, government, any) and the role it gives.</summary>
public sealed record ShortReference(string Phrase, string Wants, string? Role);

namespace Faultline.Core.Knowledge;

/// <summary>A short reference of data/kb/references.tsv: the phrase, the kind of actor it wants (group, armed, government,
/// state, any), the role it gives, and the only states it can stand for where the data says ("federal government": states
/// with one), else null.</summary>
public sealed record ShortReference(string Phrase, string Wants, string? Role, IReadOnlySet<string>? States = null);

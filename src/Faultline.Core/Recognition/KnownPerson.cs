namespace Faultline.Core.Recognition;

/// <summary>A person already named in a document: identity and the words of the name.</summary>
public sealed record KnownPerson(string Id, IReadOnlyList<string> Words);

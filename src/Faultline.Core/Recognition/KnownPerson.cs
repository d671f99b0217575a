namespace Faultline.Core.Recognition;

/// <summary>A person already named in a document: identity, the words of the name, and whether the family name comes
/// first ("Wang Yi" is "Wang" for short).</summary>
public sealed record KnownPerson(string Id, IReadOnlyList<string> Words, bool FamilyNameFirst = false)
{
    /// <summary>The word that names the person alone: the family name.</summary>
    public string Surname => FamilyNameFirst ? Words[0] : Words[^1];
}

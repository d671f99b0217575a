using Faultline.Core.Documents;

namespace Faultline.Core.Recognition;

/// <summary>
/// A word as the matcher sees it: lower case, accents and inner apostrophes removed, hyphenated words split
/// ("Tehreek-e-Taliban" is three), a possessive "'s" set aside as a flag. <see cref="Token"/> is the index of
/// the document token it came from.
/// </summary>
public readonly record struct NormalizedToken(string Norm, TextSpan Span, int Sentence, int Token)
{
    public bool Capitalised { get; init; }
    public bool AllCaps { get; init; }
    public bool SentenceStart { get; init; }
    public bool Possessive { get; init; }

    /// <summary>Joined to the word before by a hyphen or dash ("Taliban" in "Pakistan-Taliban").</summary>
    public bool Joined { get; init; }

    public bool IsWord => Norm.Length > 0 && char.IsLetterOrDigit(Norm[0]);
}

namespace Faultline.Core.Claims;

/// <summary>The grammatical form of a change word, which decides where it may stand (data/lexicons/change-words.tsv).</summary>
public enum ChangeForm
{
    Noun,
    Verb,
    Adverb,
    Comparative,
}

namespace Faultline.Core.Coding;

/// <summary>The data the event coder needs, loaded once: CAMEO codes, patterns, lemmatiser, clause words, named events, referring nouns, unnamed actors and the codes of acts done to someone.</summary>
public sealed record EventCodingKnowledge(CameoCodes Codes, EventPatterns Patterns, Lemmatizer Lemmatizer, ClauseWords Words, NamedEvents Named, ReferringNouns Referring, UnnamedActors Unnamed, DyadicCodes Dyadic)
{
    public static EventCodingKnowledge Load(string dataRoot)
    {
        var codes = CameoCodes.Load(dataRoot);
        return new EventCodingKnowledge(codes, EventPatterns.Load(dataRoot, codes), Lemmatizer.Load(dataRoot), ClauseWords.Load(dataRoot),
            NamedEvents.Load(dataRoot, codes), ReferringNouns.Load(dataRoot), UnnamedActors.Load(dataRoot), DyadicCodes.Load(dataRoot, codes));
    }
}

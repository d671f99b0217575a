namespace Faultline.Web.Api;

/// <summary>One event of a story: its document and sentence index (the reader's #s anchor) and the sentence text.</summary>
public sealed record StoryEvidence(long Event, string Doc, long? Sentence, string Text);

namespace Faultline.Web.Api;

/// <summary>One event of a story: its document and sentence index (the reader's #s anchor) and the sentence text.</summary>
internal sealed record StoryEvidence(long Event, string Doc, long? Sentence, string Text);

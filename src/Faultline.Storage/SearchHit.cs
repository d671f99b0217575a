namespace Faultline.Storage;

/// <summary>A sentence that matches a full-text search, with its document and its offsets into the cleaned text.</summary>
public sealed record SearchHit(string Doc, string? Title, string? Published, long Sentence, long Start, long End, string Text);

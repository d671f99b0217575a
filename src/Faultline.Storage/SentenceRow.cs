namespace Faultline.Storage;

/// <summary>One sentence of a stored document: its index and its [Start, End) offsets into the cleaned text.</summary>
public sealed record SentenceRow(long Index, long Start, long End);

namespace Faultline.Core.Documents;

/// <summary>A word, number or punctuation mark; <see cref="Sentence"/> is the index of its sentence.</summary>
public sealed record Token(TextSpan Span, string Text, int Sentence);

using Faultline.Core.Documents;

namespace Faultline.Core.Recognition;

/// <summary>
/// A capitalised name the knowledge base lacks, titles dropped. <see cref="Cued"/> says a title, an apposition
/// or a speech verb marks it as a person's; single words are kept only as surnames of known people.
/// </summary>
public sealed record FoundName(TextSpan Span, string Name, int Sentence, bool Cued)
{
    public string[] Words { get; } = Name.Split(' ');
}

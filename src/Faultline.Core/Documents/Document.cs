namespace Faultline.Core.Documents;

/// <summary>
/// The one object that flows through the pipeline. It holds the raw input and the cleaned article text;
/// stages add annotations, all of them spans into <see cref="Text"/>. No stage replaces it.
/// </summary>
public sealed class Document
{
    public Document(string id, string raw, SourceFormat format)
    {
        Id = id;
        Raw = raw;
        Format = format;
    }

    /// <summary>The file name without extension, or the id the user gave.</summary>
    public string Id { get; }

    public string Raw { get; }

    public SourceFormat Format { get; }

    public string? SourcePath { get; init; }

    /// <summary>SHA-256 of the raw bytes, hex: the document's identity in storage.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>The article's own text, page furniture removed. Every span points into it.</summary>
    public string Text { get; set; } = "";

    /// <summary>Spans of <see cref="Raw"/> text (plain-text input) judged to be page furniture, with the rule that said so.</summary>
    public List<(string Line, string Rule)> Furniture { get; } = [];

    /// <summary>Lines about the article (byline, credit, update stamp) set aside by the cleaner for the metadata reader.</summary>
    public List<Cleaning.MetaLine> MetaLines { get; } = [];

    public DocumentMetadata Metadata { get; } = new();

    public List<TextSpan> Paragraphs { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<Token> Tokens { get; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<DocumentActor> Actors { get; } = [];
    public List<DocumentPerson> People { get; } = [];
    public List<DocumentPlace> Places { get; } = [];
    public List<CodedEvent> Events { get; } = [];
    public List<Claim> Claims { get; } = [];

    /// <summary>Names of the stages that have run, in order.</summary>
    public List<string> Stages { get; } = [];

    public string SentenceText(int index) => Sentences[index].Span.Of(Text);
}

namespace Faultline.Core.Documents;

public enum SourceFormat
{
    Text,
    Markdown,
    Html,
}

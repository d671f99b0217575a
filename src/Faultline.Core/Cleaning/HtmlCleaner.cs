using Faultline.Core.Documents;
using Faultline.Core.Pipeline;

namespace Faultline.Core.Cleaning;

/// <summary>Reduces an HTML page to its article text and reads its metadata, through <see cref="HtmlArticleExtractor"/>.</summary>
public sealed class HtmlCleaner(HtmlArticleExtractor extractor) : IStage
{
    public string Name => "clean-html";
    public IReadOnlyCollection<string> Requires => [Annotations.Raw];
    public IReadOnlyCollection<string> Produces => [Annotations.Text];

    public void Process(Document document)
    {
        if (document.Format != SourceFormat.Html) return;
        var article = extractor.Extract(document.Raw);
        document.Text = article.Text;
        document.Metadata.Title ??= article.Title;
        document.Metadata.Author ??= article.Author;
        document.Metadata.Outlet ??= article.Outlet;
        if (article.Published is not null) document.Metadata.Published ??= article.Published;
        document.MetaLines.AddRange(article.MetaLines);
    }
}

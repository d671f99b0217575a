using System.Runtime.CompilerServices;
using Faultline.Core.Analysis;
using Faultline.Core.Cleaning;

namespace Faultline.Tests.Cleaning;

/// <summary>Builds the HTML extractor over the shipped knowledge base, and small pages for it to read.</summary>
internal static class HtmlPages
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Load());

    public static KnowledgeBase KnowledgeBase => Knowledge.Value;

    public static HtmlArticleExtractor Extractor() => new(KnowledgeBase.HtmlHints, KnowledgeBase.Dates);

    public static HtmlArticle Extract(string html) => Extractor().Extract(html);

    /// <summary>A prose paragraph long enough to be scored as article text, distinct per <paramref name="n"/>.</summary>
    public static string Prose(int n) =>
        $"Paragraph {n} of the report: the ministry said on Tuesday that talks with the delegation, which began in the capital, "
        + $"would continue for a {Ordinal(n)} day, and that both sides had agreed to keep the terms private until a final text was signed.";

    public static string Page(string head, string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";

    /// <summary>A file under tests/Faultline.Tests/Cases/html, found from this source file so no project change is needed.</summary>
    public static string Case(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "..", "Cases", "html", name));

    /// <summary>The repository root, found from this source file.</summary>
    public static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => $"{n}th" };
}

namespace Faultline.Tests.Cleaning;

/// <summary>
/// Where Mozilla Readability's test pages are (../shared/benchmarks/readability-pages beside the repository, or
/// FAULTLINE_READABILITY_PAGES): they are not part of the repository, so tests using them skip without them.
/// </summary>
internal static class ReadabilityPages
{
    public static string? Directory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("FAULTLINE_READABILITY_PAGES") is { Length: > 0 } env
                ? env
                : Path.Combine(HtmlPages.RepositoryRoot(), "..", "shared", "benchmarks", "readability-pages");
            return System.IO.Directory.Exists(dir) ? Path.GetFullPath(dir) : null;
        }
    }
}

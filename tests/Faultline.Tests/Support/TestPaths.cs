using Faultline.Core.Analysis;

namespace Faultline.Tests.Support;

/// <summary>Where the repository's sample corpus lives, and a knowledge base loaded once for all tests.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SampleArticles => Path.Combine(RepoRoot, "samples", "afpak", "articles");

    public static string SampleGold => Path.Combine(RepoRoot, "samples", "afpak", "gold");

    public static string Cases(params string[] parts) => Path.Combine([RepoRoot, "tests", "Faultline.Tests", "Cases", .. parts]);

    private static readonly Lazy<Analyzer> SharedAnalyzer = new(() => new Analyzer(KnowledgeBase.Load()));

    public static Analyzer Analyzer => SharedAnalyzer.Value;

    public static KnowledgeBase Knowledge => Analyzer.Knowledge;

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Faultline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Faultline.sln) not found above the test binaries");
    }
}

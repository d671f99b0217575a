namespace Faultline.Tests.Evaluation;

/// <summary>
/// The example files under tests/Faultline.Tests/Cases/eval, found from the test binaries by walking up to the
/// test project, so that they need no copying into the build output.
/// </summary>
internal static class EvalCases
{
    public static string Folder { get; } = Find();

    public static string Gold => Path.Combine(Folder, "gold");

    public static string System => Path.Combine(Folder, "system.jsonl");

    public static string Expected => Path.Combine(Folder, "expected.json");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Faultline.Tests", "Cases", "eval");
            if (Directory.Exists(candidate)) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "Faultline.Tests.csproj"))) return Path.Combine(dir.FullName, "Cases", "eval");
        }
        throw new DirectoryNotFoundException("tests/Faultline.Tests/Cases/eval not found above " + AppContext.BaseDirectory);
    }
}

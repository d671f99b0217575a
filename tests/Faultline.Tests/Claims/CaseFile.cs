namespace Faultline.Tests.Claims;

/// <summary>
/// Reads the example files under Cases/claims/: tab-separated, '#' comments, blank lines skipped, "\n" for a
/// line break inside a text (two make a paragraph break). The files are
/// found by walking up from the test binaries to the source tree, so that editing a case needs no rebuild.
/// </summary>
internal static class CaseFile
{
    public static IEnumerable<object[]> Rows(string name, int columns)
    {
        foreach (var (line, number) in File.ReadLines(PathOf(name)).Select((l, i) => (l.TrimEnd('\r'), i + 1)))
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length < columns)
                throw new InvalidDataException($"{name}:{number}: expected {columns} tab-separated fields, found {fields.Length}");
            yield return [.. fields.Take(columns).Select(f => f.Trim().Replace("\\n", "\n")), $"{name}:{number}"];
        }
    }

    private static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Faultline.Tests", "Cases", "claims", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"case file {name} not found above {AppContext.BaseDirectory}");
    }
}

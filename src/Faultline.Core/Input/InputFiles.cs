namespace Faultline.Core.Input;

/// <summary>Expands the paths a user gives (files and folders, recursively) into article files.</summary>
public static class InputFiles
{
    /// <summary>Files to read, in a stable order, and the paths that do not exist.</summary>
    public static (List<string> Files, List<InputException> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<InputException>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            else
                missing.Add(new InputException(path, "no such file or folder"));
        }
        return (files, missing);
    }
}

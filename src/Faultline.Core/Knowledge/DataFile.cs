namespace Faultline.Core.Knowledge;

/// <summary>
/// Reads the line-oriented data files under <c>data/</c>: '#' starts a comment, blank lines are skipped,
/// fields are tab-separated. Errors name the file and line.
/// </summary>
public static class DataFile
{
    public static IEnumerable<DataLine> Read(string path)
    {
        if (!File.Exists(path))
            throw new KnowledgeException(path, 0, "data file not found");
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            yield return new DataLine(path, number, line.Split('\t'));
        }
    }
}

public sealed record DataLine(string File, int Number, string[] Fields)
{
    public string this[int i] => i < Fields.Length ? Fields[i].Trim() : "";

    public KnowledgeException Error(string message) => new(File, Number, message);

    public DataLine Expect(int minFields)
    {
        if (Fields.Length < minFields)
            throw Error($"expected at least {minFields} tab-separated fields, found {Fields.Length}");
        return this;
    }
}

public sealed class KnowledgeException(string file, int line, string message)
    : Exception(line > 0 ? $"{file}:{line}: {message}" : $"{file}: {message}");

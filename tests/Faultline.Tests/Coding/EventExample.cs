namespace Faultline.Tests.Coding;

/// <summary>One example from Cases/events: a passage, its publication date, and the events a coder should find.</summary>
public sealed record EventExample(string File, int Line, string Passage, string? Published, IReadOnlyList<ExpectedEvent> Expected)
{
    public override string ToString() => $"{File}:{Line} {Passage[..Math.Min(60, Passage.Length)]}";

    public static IEnumerable<EventExample> Load(string folder)
    {
        foreach (var path in Directory.GetFiles(folder, "*.txt").Order())
        {
            var lines = System.IO.File.ReadAllLines(path);
            string? passage = null, published = null;
            int start = 0;
            var expected = new List<ExpectedEvent>();
            for (int n = 0; n <= lines.Length; n++)
            {
                var line = n < lines.Length ? lines[n].Trim() : "";
                if (line.StartsWith('#')) continue;
                // Consecutive passage lines are paragraphs of one article.
                if (line.StartsWith("> ")) (passage, start) = passage is null ? (line[2..], n + 1) : (passage + "\n\n" + line[2..], start);
                else if (line.StartsWith("@ ")) published = line[2..].Trim();
                else if (line == "= none") { }
                else if (line.StartsWith("= ")) expected.Add(ExpectedEvent.Parse(line[2..], $"{path}:{n + 1}"));
                else if (line.Length == 0 && passage is not null)
                {
                    yield return new EventExample(Path.GetFileName(path), start, passage, published, [.. expected]);
                    (passage, published) = (null, null);
                    expected.Clear();
                }
            }
        }
    }
}

public sealed record ExpectedEvent(string Actor1, string Root, string? Actor2, Dictionary<string, string> Attributes)
{
    public static ExpectedEvent Parse(string text, string where)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3) throw new FormatException($"{where}: expected 'ACTOR1 ROOT ACTOR2 [key:value...]'");
        var attributes = new Dictionary<string, string>();
        string? key = null;
        foreach (var p in parts.Skip(3))
        {
            var colon = p.IndexOf(':');
            if (colon > 0 && p[..colon] is "date" or "place" or "dead" or "code") attributes[key = p[..colon]] = p[(colon + 1)..];
            else if (key is not null) attributes[key] += " " + p; // place names with spaces
            else throw new FormatException($"{where}: cannot read '{p}'");
        }
        return new ExpectedEvent(parts[0], parts[1], parts[2] == "-" ? null : parts[2], attributes);
    }

    public override string ToString() => $"{Actor1} {Root} {Actor2 ?? "-"}";
}

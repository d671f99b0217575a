using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Faultline.Cli.Infrastructure;

/// <summary>
/// Prints records as an aligned table for people, or as json, jsonl or csv for machines. json and jsonl carry every
/// field of the record (snake_case); table and csv the listed columns.
/// </summary>
public static class RecordOutput
{
    public static readonly string[] Formats = ["table", "json", "jsonl", "csv"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter output, string format, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions(Json) { WriteIndented = true }));
                break;
            case "jsonl":
                foreach (var row in rows) output.WriteLine(JsonSerializer.Serialize(row, Json));
                break;
            case "csv":
                output.WriteLine(string.Join(',', columns.Select(c => Csv(c.Header))));
                foreach (var row in rows) output.WriteLine(string.Join(',', columns.Select(c => Csv(Cell(c.Value(row))))));
                break;
            default:
                Table(output, rows, columns);
                break;
        }
    }

    public static void Table<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, bool footer = true)
    {
        var cells = rows.Select(r => columns.Select(c => Truncate(Cell(c.Value(r)), c.MaxWidth)).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Header.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.Header.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
            output.WriteLine(string.Join("  ", row.Select((v, i) => IsNumber(v) ? v.PadLeft(widths[i]) : v.PadRight(widths[i]))).TrimEnd());
        if (footer) output.WriteLine($"({rows.Count} {(rows.Count == 1 ? "row" : "rows")})");
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!.Replace('\n', ' '),
    };

    private static bool IsNumber(string s) => s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Csv(string s)
    {
        if (s.IndexOfAny([',', '"', '\n', '\r']) < 0) return s;
        var b = new StringBuilder("\"");
        b.Append(s.Replace("\"", "\"\""));
        return b.Append('"').ToString();
    }
}

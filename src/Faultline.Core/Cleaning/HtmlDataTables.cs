using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Faultline.Core.Cleaning;

/// <summary>Tells tables of data (kept whole) from tables used for layout (cleaned like any other block).</summary>
internal sealed class HtmlDataTables
{
    private readonly HashSet<IElement> _data = new(ReferenceEqualityComparer.Instance);

    public HtmlDataTables(IElement root)
    {
        foreach (var table in root.QuerySelectorAll("table"))
            if (IsData(table)) _data.Add(table);
    }

    public bool Contains(IElement table) => _data.Contains(table);

    private static bool IsData(IElement table)
    {
        if (table.GetAttribute("role") == "presentation" || table.GetAttribute("datatable") == "0") return false;
        if (table.HasAttribute("summary")) return true;
        if (table.QuerySelector("caption") is { ChildNodes.Length: > 0 }) return true;
        if (table.QuerySelector("col,colgroup,tfoot,thead,th") is not null) return true;
        if (table.QuerySelector("table") is not null) return false;
        var (rows, columns) = Size(table);
        if (rows == 1 || columns == 1) return false;
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    private static (int Rows, int Columns) Size(IElement table)
    {
        int rows = 0, columns = 0;
        foreach (var tr in table.QuerySelectorAll("tr"))
        {
            rows += Span(tr.GetAttribute("rowspan"));
            columns = Math.Max(columns, tr.Children.Where(c => c is IHtmlTableCellElement).Sum(c => Span(c.GetAttribute("colspan"))));
        }
        return (rows, columns);
    }

    private static int Span(string? value) => int.TryParse(value, out var n) && n > 0 ? n : 1;
}

namespace Faultline.Cli.Infrastructure;

/// <summary>One column of a table or CSV: its header and how to read the cell from a row.</summary>
public sealed record Column<T>(string Header, Func<T, object?> Value, int MaxWidth = 40);

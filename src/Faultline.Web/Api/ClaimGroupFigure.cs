namespace Faultline.Web.Api;

/// <summary>One figure of a reconciliation group: its document and outlet, the value as stated, and where it is in the text.</summary>
internal sealed record ClaimGroupFigure(string Doc, string? Outlet, double Value, double? ValueHigh, string Qualifier, string? Period,
    string? Baseline, string? Source, int Sentence, int Start, int End);

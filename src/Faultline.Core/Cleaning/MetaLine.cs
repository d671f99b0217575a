namespace Faultline.Core.Cleaning;

/// <summary>A line about the article rather than of it (byline, credit, update stamp), kept for the metadata reader.</summary>
public sealed record MetaLine(string Kind, string Text);

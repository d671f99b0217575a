namespace Faultline.Core.Claims;

/// <summary>A time phrase relative to the publication date: a step (day, week, month, year) and an offset in steps.</summary>
public sealed record RelativeTime(string Phrase, string Step, int Offset);

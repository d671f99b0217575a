namespace Faultline.Core.Aggregation;

/// <summary>A significant shift of the mean Goldstein score between the stories before and after a period.</summary>
public sealed record ChangePoint(string Period, double MeanBefore, double MeanAfter, double Statistic);

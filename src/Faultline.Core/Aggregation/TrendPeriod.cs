namespace Faultline.Core.Aggregation;

/// <summary>One period of a relationship: stories per quad class and the Goldstein scores of its stories.</summary>
public sealed record TrendPeriod(string Period, int VerbalCooperation, int MaterialCooperation, int VerbalConflict, int MaterialConflict, double GoldsteinSum)
{
    public int Stories => VerbalCooperation + MaterialCooperation + VerbalConflict + MaterialConflict;
    public double? GoldsteinMean => Stories == 0 ? null : Math.Round(GoldsteinSum / Stories, 2);
    public bool ChangePoint { get; init; }
}

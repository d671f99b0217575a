namespace Faultline.Core.Documents;

/// <summary>A named place below country level, with its country and coordinates where known.</summary>
public sealed record DocumentPlace(string Id, string Name, string? Country, double? Lat, double? Lon)
{
    public List<TextSpan> Mentions { get; init; } = [];
    /// <summary>The gazetteer's kind of place ("crossing", "border", "city", "province"), where it gives one.</summary>
    public string? Kind { get; init; }
}

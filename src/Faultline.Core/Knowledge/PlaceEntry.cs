namespace Faultline.Core.Knowledge;

/// <summary>A place of the gazetteer; <see cref="Country"/> may list several codes ("AFG|PAK").</summary>
public sealed record PlaceEntry(string Id, string Name, string Country, string Kind, double? Lat, double? Lon, bool Curated);

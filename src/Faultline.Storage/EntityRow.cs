namespace Faultline.Storage;

/// <summary>
/// What the entity queries read before it becomes an <see cref="EntitySummary"/>. Their columns are aggregates and
/// NULL literals, which SQLite gives no declared type; Dapper then sees a NULL as byte[] and cannot match the
/// record's constructor, so the rows are read into settable properties instead.
/// </summary>
internal sealed class EntityRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public string? Group { get; set; }
    public string? Role { get; set; }
    public long Documents { get; set; }
    public long Mentions { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }

    public EntitySummary ToSummary() => new(Id, Name, Country, Group, Role, Documents, Mentions, Lat, Lon);
}

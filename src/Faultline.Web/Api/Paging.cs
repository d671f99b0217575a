namespace Faultline.Web.Api;

/// <summary>Where a page starts and how long it is, read from limit and offset.</summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    public Page<T> Of<T>(IReadOnlyList<T> items, long total) => new(total, Limit, Offset, items);

    /// <summary>For listings computed in memory (entities, dyads): the page of the whole list.</summary>
    public Page<T> Slice<T>(IReadOnlyList<T> all) => new(all.Count, Limit, Offset, all.Skip(Offset).Take(Limit).ToList());
}

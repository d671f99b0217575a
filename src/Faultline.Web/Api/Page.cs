namespace Faultline.Web.Api;

/// <summary>One page of a listing: the items, where the page starts, and how many match in all.</summary>
internal sealed record Page<T>(long Total, int Limit, int Offset, IReadOnlyList<T> Items);

using Faultline.Core.Aggregation;

namespace Faultline.Web.Api;

/// <summary>A story with the sentences its events were coded from, so the page can link each one to the reader.</summary>
internal sealed record TimelineStory(Story Story, IReadOnlyList<StoryEvidence> Evidence);

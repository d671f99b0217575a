using Faultline.Core.Aggregation;

namespace Faultline.Storage;

/// <summary>
/// Keeps stories up to date as documents arrive: only the blocks (root + actor1) that new documents touch are
/// rebuilt, from all their events, so the stories equal those a full rebuild would give.
/// </summary>
public sealed class StoryUpdater(StoryBuilder builder)
{
    public int Update(IDocumentStore store, IReadOnlyCollection<string> blocks)
    {
        if (blocks.Count == 0) return 0;
        var stories = builder.Build(store.StoryEvents(blocks));
        store.ReplaceStories(blocks, stories);
        return stories.Count;
    }

    public int RebuildAll(IDocumentStore store)
    {
        var events = store.StoryEvents();
        var blocks = events.Select(e => e.Block).Distinct().ToList();
        var existing = store.Stories(new StoryFilter()).Select(s => s.Block);
        var stories = builder.Build(events);
        store.ReplaceStories([.. blocks.Union(existing)], stories);
        return stories.Count;
    }
}

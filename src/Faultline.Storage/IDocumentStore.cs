using System.Text.Json.Nodes;
using Faultline.Core.Aggregation;
using Faultline.Core.Analysis;
using Faultline.Core.Documents;

namespace Faultline.Storage;

/// <summary>
/// Where analysed documents live. Each document is saved in one transaction: either all its records are
/// stored or none, so a failure never leaves a half-written document.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>Stores a document and the document-format object written for it.</summary>
    SaveOutcome Save(Document document, JsonObject analysis);

    bool Contains(string contentHash);

    void RecordFailure(DocumentFailure failure);

    StoreCounts Counts();

    IReadOnlyList<DocumentRow> Documents(string? doc = null, int limit = int.MaxValue, int offset = 0);

    /// <summary>The stored document-format object and cleaned text of the newest version of a document.</summary>
    (JsonObject Analysis, string Text)? Analysis(string doc);

    IReadOnlyList<EventRow> Events(EventFilter filter);

    /// <summary>How many events match the filter, ignoring its limit and offset (for paging).</summary>
    long CountEvents(EventFilter filter);

    IReadOnlyList<ClaimRow> Claims(string? document = null, int limit = int.MaxValue, int offset = 0);

    /// <summary>Every stored claim of the newest document versions with its document and outlet, for reconciliation.</summary>
    IReadOnlyList<Core.Claims.SourcedClaim> SourcedClaims();

    long CountClaims(string? document = null);

    /// <summary>The sentence offsets of the newest version of a document, in order.</summary>
    IReadOnlyList<SentenceRow> Sentences(string doc);

    /// <summary>Sentences of the newest document versions matching every word of the query, best match first.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = int.MaxValue, int offset = 0);

    long CountSearch(string query);

    IReadOnlyList<EntitySummary> Actors();

    IReadOnlyList<EntitySummary> People();

    IReadOnlyList<EntitySummary> Places();

    IReadOnlyList<FailureRow> Failures();

    /// <summary>Events of the newest document versions, in the given story blocks (all when null).</summary>
    IReadOnlyList<StoryEvent> StoryEvents(IReadOnlyCollection<string>? blocks = null);

    /// <summary>Replaces, in one transaction, every story of these blocks by the given ones.</summary>
    void ReplaceStories(IReadOnlyCollection<string> blocks, IEnumerable<Story> stories);

    IReadOnlyList<Story> Stories(StoryFilter filter);

    /// <summary>How many stories match the filter, ignoring its limit and offset.</summary>
    long CountStories(StoryFilter filter);

    /// <summary>The story blocks a document's events (all its versions) fall in: what to rebuild after storing it.</summary>
    IReadOnlyList<string> BlocksOfDocument(string doc);
}

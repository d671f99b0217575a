using System.Text.Json.Nodes;
using Faultline.Storage;

namespace Faultline.Web.Api;

/// <summary>
/// A document for the reader: the stored document-format object, the cleaned text every offset points into,
/// the sentence offsets (so #s12 can be found), and the stored events and claims with their ids.
/// </summary>
internal sealed record DocumentDetail(JsonObject Document, string Text, IReadOnlyList<SentenceRow> Sentences,
    IReadOnlyList<EventRow> Events, IReadOnlyList<ClaimRow> Claims);

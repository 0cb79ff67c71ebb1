using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Cli;

/// <summary>
/// Writes search results as INTERFACES.md defines them: <c>{"total","hits":[{"id","score","headline","snippet","published","source"}],"facets"}</c>,
/// plus agency, topic, url and highlight offsets (<c>[start, end]</c> pairs into the snippet and the headline).
/// </summary>
internal static class SearchJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteResults(Utf8JsonWriter w, SearchResults results, JsonElement? qid = null)
    {
        w.WriteStartObject();
        if (qid is { } id)
        {
            w.WritePropertyName("qid");
            id.WriteTo(w);
        }
        w.WriteNumber("total", results.Total);
        w.WriteStartArray("hits");
        foreach (var hit in results.Hits)
            WriteHit(w, hit);
        w.WriteEndArray();
        if (results.Facets is { } facets)
        {
            w.WriteStartObject("facets");
            WriteCounts(w, "sources", facets.Sources);
            WriteCounts(w, "topics", facets.Topics);
            w.WriteStartArray("entities");
            foreach (var e in facets.Entities)
            {
                w.WriteStartObject();
                w.WriteString("key", e.Key);
                w.WriteString("name", e.Name);
                w.WriteString("type", e.Type);
                w.WriteNumber("count", e.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteCounts(w, "days", facets.Days);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteHit(Utf8JsonWriter w, SearchHit hit)
    {
        w.WriteStartObject();
        w.WriteString("id", hit.Id);
        w.WriteNumber("score", Math.Round(hit.Score, 6));
        w.WriteString("headline", hit.Headline);
        w.WriteString("snippet", hit.Snippet);
        w.WriteString("published", hit.Published);
        w.WriteString("source", hit.Source);
        w.WriteString("agency", hit.Agency);
        w.WriteString("topic", hit.Topic);
        w.WriteString("url", hit.Url);
        w.WriteString("story", hit.StoryId);
        WriteSpans(w, "highlights", hit.Highlights);
        WriteSpans(w, "headline_highlights", hit.HeadlineHighlights);
        w.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter w, string name, IReadOnlyList<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var s in spans)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Start);
            w.WriteNumberValue(s.End);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, IReadOnlyList<FacetCount> counts)
    {
        w.WriteStartArray(name);
        foreach (var c in counts)
        {
            w.WriteStartObject();
            w.WriteString("value", c.Value);
            w.WriteNumber("count", c.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>An error line of a batch: <c>{"qid":…,"error":"…"}</c>.</summary>
    public static void WriteError(Utf8JsonWriter w, JsonElement? qid, string message)
    {
        w.WriteStartObject();
        if (qid is { } id)
        {
            w.WritePropertyName("qid");
            id.WriteTo(w);
        }
        w.WriteString("error", message);
        w.WriteEndObject();
    }
}

using System.Globalization;
using System.Text.Json;
using Marsad.Extraction;
using Marsad.Sources.Html;

namespace Marsad.Sources.Formats;

/// <summary>
/// One article object in JSON: Marsad's own fields (<c>id, title, text, url, source, published</c>), SaudiNewsNet's
/// (<c>content, date_extracted, author</c>) and ANT v2.1's (<c>section, abstract, author</c>), with common synonyms.
/// </summary>
internal static class JsonRecord
{
    private static readonly string[] TextFields = ["text", "content", "body", "article", "maintext"];
    private static readonly string[] PublishedFields = ["published", "date_extracted", "date", "pubDate", "published_at", "publishedAt", "date_publish", "datePublished"];

    /// <summary>True when <paramref name="e"/> is an object with any of the article text fields.</summary>
    public static bool IsArticle(JsonElement e) => e.ValueKind == JsonValueKind.Object && TextFields.Any(f => e.TryGetProperty(f, out _));

    public static RawDocument ToDocument(JsonElement e, string origin)
    {
        if (e.ValueKind != JsonValueKind.Object)
            throw new InputException(origin, $"expected a JSON object, found {Describe(e.ValueKind)}");
        var text = First(e, TextFields);
        var title = First(e, ["title", "headline"]);
        // an empty text under a real title is a headline-only item (SaudiNewsNet has some); a missing text field is an error
        if (text is null && (title is null || !TextFields.Any(f => e.TryGetProperty(f, out _))))
            throw new InputException(origin, "no article text: the object has none of the fields " + string.Join(", ", TextFields));
        text ??= "";
        var description = First(e, ["abstract", "description", "summary", "lead"]);
        if (HtmlFragment.LooksLikeHtml(text))
            text = string.Join('\n', HtmlFragment.ToLines(text));
        return new RawDocument
        {
            Content = text,
            Id = First(e, ["id", "_id", "doc_id", "docno"]),
            Title = title is null ? null : HtmlFragment.ToPlainText(title),
            Url = First(e, ["url", "link", "uri"]),
            Source = First(e, ["source", "outlet", "site", "source_domain"]),
            Author = First(e, ["author", "authors", "byline"]),
            Published = First(e, PublishedFields),
            Section = First(e, ["section", "category", "cat"]),
            Description = string.IsNullOrWhiteSpace(description) ? null : HtmlFragment.ToPlainText(description),
            Keywords = Keywords(e),
            Language = First(e, ["language", "lang"]),
            Origin = origin,
        };
    }

    private static string? First(JsonElement e, string[] names)
    {
        foreach (var name in names)
        {
            if (e.TryGetProperty(name, out var v) && Scalar(v) is { Length: > 0 } s)
                return s;
        }
        return null;
    }

    // strings as they are, numbers as written (ids are often numeric), arrays of strings joined (authors)
    private static string? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => SafeString(v),
        JsonValueKind.Number => v.GetRawText(),
        // {"source": {"id": "...", "name": "..."}} as news APIs write it
        JsonValueKind.Object => v.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? SafeString(name) : null,
        JsonValueKind.Array => string.Join("، ", v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(SafeString)) is { Length: > 0 } s ? s : null,
        _ => null,
    };

    private static IReadOnlyList<string> Keywords(JsonElement e)
    {
        foreach (var name in (string[])["keywords", "tags"])
        {
            if (!e.TryGetProperty(name, out var v))
                continue;
            if (v.ValueKind == JsonValueKind.Array)
                return [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => SafeString(x)!.Trim()).Where(x => x.Length > 0)];
            if (v.ValueKind == JsonValueKind.String)
                return HtmlMetadata.SplitKeywords(SafeString(v));
        }
        return [];
    }

    /// <summary>The string value; an escaped lone surrogate ("\ud800", which System.Text.Json refuses to decode) becomes U+FFFD.</summary>
    private static string? SafeString(JsonElement v)
    {
        try
        {
            return v.GetString();
        }
        catch (InvalidOperationException)
        {
            var repaired = LoneSurrogateEscapes.Repair(v.GetRawText());
            using var json = JsonDocument.Parse(repaired);
            return json.RootElement.GetString();
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}

using System.Text.Json;
using AngleSharp.Dom;

namespace Marsad.Sources.Html;

/// <summary>The schema.org article a page describes in JSON-LD (NewsArticle, Article, ReportageNewsArticle…), if any.</summary>
internal sealed record JsonLdArticle
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "Report"];

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public string? Headline { get; init; }

    public string? DatePublished { get; init; }

    public string? DateCreated { get; init; }

    public string? DateModified { get; init; }

    public string? Section { get; init; }

    public string? Author { get; init; }

    public string? Description { get; init; }

    public string? Keywords { get; init; }

    public string? Language { get; init; }

    public string? Url { get; init; }

    public string? Publisher { get; init; }

    public string? ArticleBody { get; init; }

    /// <summary>The best article object in the page's JSON-LD scripts; malformed scripts are ignored (pages often have them).</summary>
    public static JsonLdArticle? Read(IDocument page)
    {
        JsonLdArticle? best = null;
        var bestRank = int.MaxValue;
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent.Trim(), Lenient);
                foreach (var candidate in Objects(json.RootElement, 0))
                {
                    var rank = Rank(candidate);
                    if (rank < bestRank)
                    {
                        bestRank = rank;
                        best = From(candidate);
                    }
                }
            }
            catch (JsonException)
            {
                // a broken JSON-LD block is common and says nothing about the article
            }
        }
        return best;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
    {
        if (depth > 6)
            yield break;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                foreach (var o in Objects(item, depth + 1))
                    yield return o;
            }
            yield break;
        }
        if (e.ValueKind != JsonValueKind.Object)
            yield break;
        yield return e;
        foreach (var key in (string[])["@graph", "mainEntity"])
        {
            if (e.TryGetProperty(key, out var inner))
            {
                foreach (var o in Objects(inner, depth + 1))
                    yield return o;
            }
        }
    }

    private static int Rank(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type))
            return int.MaxValue;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : null) : [type.ValueKind == JsonValueKind.String ? type.GetString() : null];
        var rank = int.MaxValue;
        foreach (var t in types)
        {
            var i = Array.IndexOf(ArticleTypes, t);
            if (i >= 0)
                rank = Math.Min(rank, i);
        }
        return rank;
    }

    private static JsonLdArticle From(JsonElement o) => new()
    {
        Headline = Text(o, "headline") ?? Text(o, "name"),
        DatePublished = Text(o, "datePublished"),
        DateCreated = Text(o, "dateCreated"),
        DateModified = Text(o, "dateModified"),
        Section = Text(o, "articleSection"),
        Author = Text(o, "author") ?? Text(o, "creator"),
        Description = Text(o, "description"),
        Keywords = Text(o, "keywords"),
        Language = Text(o, "inLanguage"),
        Url = Text(o, "url") ?? Text(o, "mainEntityOfPage"),
        Publisher = Text(o, "publisher"),
        ArticleBody = Text(o, "articleBody"),
    };

    // strings; the name (or @id) of an object; the texts of an array joined
    private static string? Text(JsonElement o, string name) => o.TryGetProperty(name, out var v) ? Text(v) : null;

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
        JsonValueKind.Object => Text(v, "name") ?? Text(v, "@id"),
        JsonValueKind.Array => v.EnumerateArray().Select(Text).Where(s => s is not null).ToList() is { Count: > 0 } list ? string.Join("، ", list) : null,
        _ => null,
    };
}

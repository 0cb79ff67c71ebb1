using System.Text.Json;
using Marsad.Extraction;
using Marsad.Serialization;
using Marsad.Storage.Search;

namespace Marsad.Storage.Internal;

/// <summary>
/// An article as both backends store it: the full record as JSON, the queryable columns derived from it, and the
/// index tokens of its headline and body. Computed once, outside any transaction, so writers hold locks briefly.
/// </summary>
internal sealed class ArticleRow
{
    private static readonly JsonSerializerOptions RawOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private ArticleRow(ArticleRecord record)
    {
        var a = record.Article;
        Article = a;
        ContentHash = record.ContentHash;
        Json = ArticleJson.Serialize(a);
        RawJson = record.Raw is null ? null : JsonSerializer.Serialize(record.Raw, RawOptions);
        Headline = a.Headline ?? "";
        HeadlineTokens = IndexTerms.Tokens(a.Headline);
        BodyTokens = IndexTerms.Tokens(string.IsNullOrEmpty(a.Subheadline) ? a.Text : a.Subheadline + "\n\n" + a.Text);
        if (PublishedDate.TryParse(a.Published, out var instant, out var day) || PublishedDate.TryParse(a.Dateline?.Date, out instant, out day))
        {
            PublishedInstant = instant.ToUniversalTime();
            PublishedDay = day;
            PublishedAt = PublishedDate.Sortable(instant);
            Day = PublishedDate.Format(day);
        }
        Entities = a.Entities.Select(e => (EntityKeys.OfMention(e), e)).ToList();
    }

    public Article Article { get; }

    public string Id => Article.Id;

    public string ContentHash { get; }

    /// <summary>The INTERFACES.md JSON of the article.</summary>
    public string Json { get; }

    /// <summary>The raw document as JSON, when it was given.</summary>
    public string? RawJson { get; }

    public string Headline { get; }

    public List<string> HeadlineTokens { get; }

    public List<string> BodyTokens { get; }

    /// <summary>Tokens in all fields: BM25's document length.</summary>
    public int TokenCount => HeadlineTokens.Count + BodyTokens.Count;

    /// <summary>UTC publication instant, sortable text.</summary>
    public string? PublishedAt { get; }

    public DateTimeOffset? PublishedInstant { get; }

    public DateOnly? PublishedDay { get; }

    /// <summary>Publication day "YYYY-MM-DD" as the outlet dated it.</summary>
    public string? Day { get; }

    public IReadOnlyList<(string Key, EntityMention Mention)> Entities { get; }

    private byte[]? _compressedArticle;
    private byte[]? _compressedRaw;
    private string? _tsVector;
    private Dictionary<string, (int Headline, int Body)>? _postings;

    /// <summary>The article JSON, Brotli-compressed (the embedded store's record).</summary>
    public byte[] CompressedArticle => _compressedArticle ??= Compression.Compress(Json);

    /// <summary>The raw document JSON, Brotli-compressed, when there is one.</summary>
    public byte[]? CompressedRaw => RawJson is null ? null : _compressedRaw ??= Compression.Compress(RawJson);

    /// <summary>The PostgreSQL tsvector literal of the headline and body tokens.</summary>
    public string TsVector => _tsVector ??= Postgres.TsText.Vector(HeadlineTokens, BodyTokens);

    /// <summary>Token → (headline frequency, body frequency): PostgreSQL's BM25 statistics.</summary>
    public Dictionary<string, (int Headline, int Body)> Postings => _postings ??= CountTokens();

    private Dictionary<string, (int Headline, int Body)> CountTokens()
    {
        var counts = new Dictionary<string, (int Headline, int Body)>(StringComparer.Ordinal);
        foreach (var t in HeadlineTokens)
            counts[t] = counts.TryGetValue(t, out var c) ? (c.Headline + 1, c.Body) : (1, 0);
        foreach (var t in BodyTokens)
            counts[t] = counts.TryGetValue(t, out var c) ? (c.Headline, c.Body + 1) : (0, 1);
        return counts;
    }

    public static ArticleRow From(ArticleRecord record)
    {
        if (string.IsNullOrEmpty(record.Article.Id))
            throw new ArgumentException("an article to store needs an id", nameof(record));
        return new ArticleRow(record);
    }

    public static RawDocument? ReadRaw(string json) => JsonSerializer.Deserialize<RawDocument>(json, RawOptions);

    /// <summary>A quote's speaker key, for listing what a person said under any spelling.</summary>
    public static string? SpeakerKey(Quotation q) =>
        q.SpeakerCanonical is { Length: > 0 } c ? EntityKeys.Of(c) : q.Speaker is { Length: > 0 } s ? EntityKeys.Of(s) : null;
}

namespace Marsad.Extraction;

/// <summary>
/// One document as a reader found it, before extraction: its content and whatever metadata the container gave
/// (a JSONL record's title and url, a TREC DOCNO, a WARC target URI). Nothing here is interpreted yet.
/// </summary>
public sealed record RawDocument
{
    /// <summary>The raw content: scraped text, or an HTML page when <see cref="Format"/> is <see cref="DocumentFormat.Html"/>.</summary>
    public required string Content { get; init; }

    public DocumentFormat Format { get; init; } = DocumentFormat.Text;

    /// <summary>The container's id for the document (JSONL id, TREC DOCNO), if any.</summary>
    public string? Id { get; init; }

    /// <summary>A title given by the container, separate from the content (JSONL title, TREC TITLE).</summary>
    public string? Title { get; init; }

    /// <summary>A subheadline (deck) the container gives apart from the content, e.g. an HTML page's standfirst element.</summary>
    public string? Subheadline { get; init; }

    public string? Url { get; init; }

    /// <summary>The outlet, as the container names it ("was", "okaz", "BBC").</summary>
    public string? Source { get; init; }

    public string? Author { get; init; }

    /// <summary>Publication time as the container gives it: ISO 8601 when the reader could read it, else as written.</summary>
    public string? Published { get; init; }

    /// <summary>A section or category given by the container.</summary>
    public string? Section { get; init; }

    /// <summary>A summary or lead given by the container (HTML meta description, ANT abstract, RSS description), as text.</summary>
    public string? Description { get; init; }

    /// <summary>Keywords or tags given by the container (HTML keywords, article:tag), in their order.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The language the container declares (HTML lang, og:locale), as an ISO 639-1 code, if any.</summary>
    public string? Language { get; init; }

    /// <summary>Where the document came from, for messages: "corpus.jsonl:1234", "crawl.warc.gz@0x3f20".</summary>
    public string? Origin { get; init; }
}

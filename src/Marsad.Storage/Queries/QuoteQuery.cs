namespace Marsad.Storage.Queries;

/// <summary>Which quotations to list.</summary>
public sealed record QuoteQuery
{
    /// <summary>The speaker as a user writes the name; any spelling with the same name key matches.</summary>
    public string? Speaker { get; init; }

    /// <summary>An entity key (as listed by the entity queries) for the speaker; used instead of <see cref="Speaker"/>.</summary>
    public string? SpeakerKey { get; init; }

    /// <summary>Words the quoted text must contain (after Marsad's search analysis: any form, prefix or spelling variant).</summary>
    public string? About { get; init; }

    /// <summary>Only quotes in articles matching this filter (dates, source, …).</summary>
    public ArticleFilter Filter { get; init; } = ArticleFilter.None;

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}

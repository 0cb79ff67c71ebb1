namespace Marsad.Storage.Queries;

/// <summary>Which events to list.</summary>
public sealed record EventQuery
{
    /// <summary>An event type (meeting, agreement, statement, …); null for all.</summary>
    public string? Type { get; init; }

    /// <summary>An actor as a user writes the name; any spelling with the same name key matches.</summary>
    public string? Actor { get; init; }

    /// <summary>Only events in articles matching this filter.</summary>
    public ArticleFilter Filter { get; init; } = ArticleFilter.None;

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}

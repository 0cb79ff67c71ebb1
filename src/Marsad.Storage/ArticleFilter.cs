namespace Marsad.Storage;

/// <summary>Restricts searches, exports and statistics to some articles. Every set condition must hold.</summary>
public sealed record ArticleFilter
{
    /// <summary>No restriction.</summary>
    public static ArticleFilter None { get; } = new();

    /// <summary>First publication day included (the day as the outlet dated it).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last publication day included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The outlet's name, exactly as stored (<see cref="ArticleSource.Name"/>).</summary>
    public string? Source { get; init; }

    /// <summary>The credited news agency, exactly as stored (<see cref="ArticleSource.Agency"/>).</summary>
    public string? Agency { get; init; }

    /// <summary>A topic label (politics, economy, …).</summary>
    public string? Topic { get; init; }

    /// <summary>An entity as a user writes it; matches any spelling with the same name key.</summary>
    public string? Entity { get; init; }

    /// <summary>True when no condition is set.</summary>
    public bool IsEmpty => From is null && To is null && Source is null && Agency is null && Topic is null && Entity is null;
}

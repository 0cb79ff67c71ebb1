namespace Marsad.Storage.Queries;

/// <summary>Everything the store knows about one entity.</summary>
/// <param name="Entity">Name, key, type, Latin name and totals.</param>
/// <param name="Spellings">Every spelling as written, with counts, most frequent first.</param>
/// <param name="Days">Articles mentioning it per publication day, oldest first.</param>
/// <param name="CoMentioned">Entities mentioned in the same articles, most shared articles first.</param>
/// <param name="Articles">The latest articles mentioning it (one page).</param>
/// <param name="Quotes">How many quotations it is the speaker of.</param>
public sealed record EntityProfile(
    EntitySummary Entity,
    IReadOnlyList<SpellingCount> Spellings,
    IReadOnlyList<DayCount> Days,
    IReadOnlyList<CoMention> CoMentioned,
    Page<ArticleRef> Articles,
    long Quotes);

/// <summary>What <see cref="INewsQueries.GetEntityAsync"/> includes.</summary>
public sealed record EntityProfileOptions
{
    /// <summary>How many co-mentioned entities to list.</summary>
    public int CoMentionLimit { get; init; } = 15;

    /// <summary>Page of the entity's articles.</summary>
    public int ArticleLimit { get; init; } = 20;

    public int ArticleOffset { get; init; }
}

/// <summary>One spelling of an entity.</summary>
/// <param name="Text">The name as written in articles.</param>
/// <param name="Type">The type it was tagged with.</param>
/// <param name="Mentions">How often it was written so.</param>
/// <param name="Articles">In how many articles.</param>
public sealed record SpellingCount(string Text, string Type, long Mentions, long Articles);

/// <summary>A count for one day ("YYYY-MM-DD").</summary>
public sealed record DayCount(string Day, long Count);

/// <summary>An entity that appears in the same articles as another.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Name">Its canonical spelling.</param>
/// <param name="Type">Its type.</param>
/// <param name="Articles">Articles mentioning both.</param>
public sealed record CoMention(string Key, string Name, string Type, long Articles);

/// <summary>An article as lists link to it.</summary>
public sealed record ArticleRef(string Id, string Headline, string? Published, string? Source, string? Agency, string? Topic);

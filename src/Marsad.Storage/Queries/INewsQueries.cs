namespace Marsad.Storage.Queries;

/// <summary>
/// The read side of the store as readers browse it: who is in the news (entities with every spelling, mentions over
/// time, who appears with whom), who said what (quotes by speaker under any spelling, about a subject) and what happened
/// (events by type and actor), plus the overview a newsroom dashboard opens with. Both backends implement it with the
/// same SQL where they can; every list is paged. Obtain it with <see cref="NewsQueries.Of(IArticleStore)"/>.
/// </summary>
public interface INewsQueries
{
    /// <summary>Entities mentioned in the articles matching the filter, most articles first.</summary>
    Task<Page<EntitySummary>> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// One entity: every spelling, its Latin name, mentions per day, co-mentioned entities and the latest articles.
    /// <paramref name="nameOrKey"/> is an entity key (as listed) or any spelling of the name; null when nothing matches.
    /// </summary>
    Task<EntityProfile?> GetEntityAsync(string nameOrKey, EntityProfileOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Quotations, newest first, by speaker (any spelling), subject and filter.</summary>
    Task<Page<QuoteItem>> ListQuotesAsync(QuoteQuery query, CancellationToken cancellationToken = default);

    /// <summary>Events, newest first, by type, actor (any spelling) and filter; with counts per type.</summary>
    Task<EventPage> ListEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Articles per outlet and day between two days (inclusive), for volume charts.</summary>
    Task<IReadOnlyList<SourceDayCount>> GetVolumeAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Entities whose share of articles grew most in <paramref name="recent"/> against the <paramref name="baseline"/>
    /// period before it (at least <paramref name="minimumArticles"/> recent articles).
    /// </summary>
    Task<IReadOnlyList<EntityTrend>> GetRisingEntitiesAsync(DateRange recent, DateRange baseline, int limit = 10, int minimumArticles = 2, CancellationToken cancellationToken = default);

    /// <summary>The articles of the latest day with a dated article (or of <paramref name="day"/>), newest first.</summary>
    Task<IReadOnlyList<ArticleRef>> GetLeadArticlesAsync(DateOnly? day, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>The story of each of <paramref name="articleIds"/> that has one (label, size, outlets), by article id.</summary>
    Task<IReadOnlyDictionary<string, StoryRef>> GetArticleStoriesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>The stories whose articles mention the entity <paramref name="entityKey"/> (a key as listed), most such articles first.</summary>
    Task<IReadOnlyList<EntityStory>> ListEntityStoriesAsync(string entityKey, int limit = 10, CancellationToken cancellationToken = default);
}

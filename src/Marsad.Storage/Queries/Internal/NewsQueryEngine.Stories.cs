using static Marsad.Storage.Queries.Internal.QueryCommand;

namespace Marsad.Storage.Queries.Internal;

internal sealed partial class NewsQueryEngine
{
    /// <summary>The columns <see cref="ReadStory"/> reads, from <c>stories s</c>: id, label, size and number of outlets.</summary>
    private const string StoryColumns = """
        s.id, s.label, s.articles,
        (SELECT count(DISTINCT b.source) FROM story_members n JOIN articles b ON b.key = n.article WHERE n.story = s.id)
        """;

    private static StoryRef ReadStory(System.Data.Common.DbDataReader r, int at) => new(r.GetString(at), r.GetString(at + 1), Long(r, at + 2), Long(r, at + 3));

    public Task<IReadOnlyDictionary<string, StoryRef>> GetArticleStoriesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        if (articleIds.Count == 0)
            return Task.FromResult<IReadOnlyDictionary<string, StoryRef>>(new Dictionary<string, StoryRef>(StringComparer.Ordinal));
        return _d.RunAsync<IReadOnlyDictionary<string, StoryRef>>(async c =>
        {
            var rows = await ListAsync(c, $"""
                SELECT a.id, {StoryColumns} FROM articles a JOIN story_members m ON m.article = a.key JOIN stories s ON s.id = m.story
                WHERE {_d.InJsonArray("a.id", "ids")}
                """, null, r => (Article: r.GetString(0), Story: ReadStory(r, 1)), cancellationToken, ("ids", JsonArray(articleIds.Distinct(StringComparer.Ordinal)))).ConfigureAwait(false);
            return rows.ToDictionary(r => r.Article, r => r.Story, StringComparer.Ordinal);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<EntityStory>> ListEntityStoriesAsync(string entityKey, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityKey);
        Paging.Check(limit, 0);
        return _d.RunAsync<IReadOnlyList<EntityStory>>(async c => await ListAsync(c, $"""
            SELECT {StoryColumns}, x.n FROM stories s JOIN (
                SELECT m.story, count(DISTINCT e.article) AS n FROM entity_mentions e JOIN story_members m ON m.article = e.article
                WHERE e.key = @key GROUP BY m.story) x ON x.story = s.id
            ORDER BY x.n DESC, s.articles DESC, s.last DESC, s.id LIMIT @limit
            """, null, r => new EntityStory(ReadStory(r, 0), Long(r, 4)), cancellationToken, ("key", entityKey), ("limit", limit)).ConfigureAwait(false), cancellationToken);
    }
}

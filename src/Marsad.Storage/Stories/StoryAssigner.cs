using Marsad.Stories;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Stories;

/// <summary>
/// Puts ingested articles into stories, incrementally: a <see cref="StoryClusterer"/> (near-duplicate index and story
/// index) rebuilt from the store's assignments on <see cref="CatchUpAsync"/>, then fed each stored batch in input order.
/// Nothing is re-clustered: a new article joins or starts a story, and articles stored before stories existed (or by an
/// ingest stopped between its two writes) are assigned on the next catch-up. Two processes assigning into one
/// PostgreSQL store at the same moment each see the other's stories only from their next catch-up.
/// </summary>
public sealed class StoryAssigner
{
    private const int Chunk = 2000;
    private readonly IStoryStore _store;
    private readonly StoryClusterer _clusterer;
    private long _lastSequence;

    /// <summary>An assigner over <paramref name="store"/>; call <see cref="CatchUpAsync"/> before <see cref="AssignAsync"/>.</summary>
    public StoryAssigner(IStoryStore store, StoryClustererOptions? options = null, DuplicateIndexOptions? duplicateOptions = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _clusterer = new StoryClusterer(options, duplicateOptions);
    }

    /// <summary>The clustering state (stories so far, near-duplicate index).</summary>
    public StoryClusterer Clusterer => _clusterer;

    /// <summary>
    /// Reads the assignments stored since the last call (all of them the first time) into the clustering state, then
    /// assigns stored articles that have none. Returns how many such articles were assigned.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var members = await _store.ReadStoryMembersAsync(_lastSequence, Chunk, cancellationToken).ConfigureAwait(false);
            foreach (var m in members)
            {
                _clusterer.Restore(m.Features, m.StoryId);
                _lastSequence = Math.Max(_lastSequence, m.Sequence);
            }
            if (members.Count < Chunk)
                break;
        }
        var assigned = 0;
        while (true)
        {
            var articles = await _store.ReadArticlesWithoutStoryAsync(Chunk, cancellationToken).ConfigureAwait(false);
            var now = DateTimeOffset.UtcNow;
            var written = await AssignAsync(articles.Select(a => (a, Features(a, now))).ToList(), cancellationToken).ConfigureAwait(false);
            assigned += written;
            if (articles.Count < Chunk || written == 0)
                break;
        }
        return assigned;
    }

    /// <summary>Assigns the articles of a stored batch (in order) and stores their assignments; articles already assigned keep their story.</summary>
    public Task<int> AssignAsync(IReadOnlyList<ArticleRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return AssignAsync(records.Select(r => (r.Article, r.StoryFeatures)).ToList(), cancellationToken);
    }

    /// <summary>The story features of an article: its published (or dateline) time, else <paramref name="seen"/>.</summary>
    public static StoryArticle Features(Article article, DateTimeOffset seen) => StoryFeatures.Of(article, seen)!;

    private async Task<int> AssignAsync(List<(Article Article, StoryArticle Features)> items, CancellationToken cancellationToken)
    {
        var members = new List<StoryMemberRecord>();
        var touched = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var (article, features) in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_clusterer.StoryOf(features.Id) is not null)
                continue;
            var assignment = _clusterer.Add(features);
            members.Add(new StoryMemberRecord(assignment.StoryId, features, Day(article, features.Time), assignment.Similarity, assignment.CopyOf));
            touched[assignment.StoryId] = _clusterer.StoryOf(features.Id)!;
        }
        if (members.Count == 0)
            return 0;
        var labels = touched.Values.Select(s => new StoryLabel(s.Id, s.Label)).ToList();
        var sequences = await _store.WriteStoryMembersAsync(members, labels, cancellationToken).ConfigureAwait(false);
        // when nobody else wrote in between, the next catch-up need not read our own assignments back
        if (sequences.Count > 0 && sequences.Min() == _lastSequence + 1 && sequences.Max() - sequences.Min() + 1 == sequences.Count)
            _lastSequence = sequences.Max();
        return members.Count;
    }

    private static DateOnly Day(Article article, DateTimeOffset time) =>
        PublishedDate.TryParse(article.Published, out _, out var day) || PublishedDate.TryParse(article.Dateline?.Date, out _, out day)
            ? day
            : DateOnly.FromDateTime(time.UtcDateTime);
}

using Marsad.Stories;
using Marsad.Storage.Internal;

namespace Marsad.Storage.Stories;

/// <summary>
/// Puts ingested articles into stories, incrementally: a <see cref="StoryClusterer"/> (near-duplicate index and story
/// index) rebuilt from the store's assignments on <see cref="CatchUpAsync"/>, then fed each stored batch in input order.
/// Nothing is re-clustered: a new article joins or starts a story, and articles stored before stories existed (or by an
/// ingest stopped between its two writes) are assigned on the next catch-up. Each batch is one
/// <see cref="IStoryStore.AssignStoriesAsync"/> step: it first takes in what other processes assigned since this
/// assigner last looked, under the store's story lock, so several workers feeding one PostgreSQL store build the same
/// stories one process would, never two stories for one event. A long-lived assigner (a worker's) reads only what is
/// new at each step, so the cost per article stays flat however large the store grows.
/// </summary>
public sealed class StoryAssigner
{
    private const int Chunk = 2000;
    private readonly IStoryStore _store;
    private readonly StoryClustererOptions? _options;
    private readonly DuplicateIndexOptions? _duplicateOptions;
    private StoryClusterer _clusterer;
    private long _lastSequence;

    /// <summary>An assigner over <paramref name="store"/>; call <see cref="CatchUpAsync"/> before <see cref="AssignAsync"/>.</summary>
    public StoryAssigner(IStoryStore store, StoryClustererOptions? options = null, DuplicateIndexOptions? duplicateOptions = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options;
        _duplicateOptions = duplicateOptions;
        _clusterer = new StoryClusterer(options, duplicateOptions);
    }

    /// <summary>The clustering state (stories so far, near-duplicate index).</summary>
    public StoryClusterer Clusterer => _clusterer;

    /// <summary>Whether <see cref="CatchUpAsync"/> has rebuilt the state (it is reset when a step fails to store).</summary>
    public bool IsCaughtUp { get; private set; }

    /// <summary>
    /// Reads the assignments stored since the last call (all of them the first time) into the clustering state, then
    /// assigns stored articles that have none. Returns how many such articles were assigned.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var members = await _store.ReadStoryMembersAsync(_lastSequence, Chunk, cancellationToken).ConfigureAwait(false);
            Restore(members);
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
        IsCaughtUp = true;
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
        if (items.Count == 0)
            return 0;
        var assigned = 0;
        try
        {
            var result = await _store.AssignStoriesAsync(_lastSequence, others =>
            {
                Restore(others);
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
                assigned = members.Count;
                return new StoryAssignmentWrite(members, [.. touched.Values.Select(s => new StoryLabel(s.Id, s.Label))]);
            }, cancellationToken).ConfigureAwait(false);
            // nobody assigned between the read and the write: everything up to our own last write has been seen
            _lastSequence = Math.Max(result.LastSequence, result.Sequences.Count > 0 ? result.Sequences.Max() : 0);
            return assigned;
        }
        catch
        {
            // the state may hold assignments the store did not take: start again from the store at the next catch-up
            _clusterer = new StoryClusterer(_options, _duplicateOptions);
            _lastSequence = 0;
            IsCaughtUp = false;
            throw;
        }
    }

    private void Restore(IReadOnlyList<StoredStoryMember> members)
    {
        foreach (var m in members)
        {
            _clusterer.Restore(m.Features, m.StoryId);
            _lastSequence = Math.Max(_lastSequence, m.Sequence);
        }
    }

    private static DateOnly Day(Article article, DateTimeOffset time) =>
        PublishedDate.TryParse(article.Published, out _, out var day) || PublishedDate.TryParse(article.Dateline?.Date, out _, out day)
            ? day
            : DateOnly.FromDateTime(time.UtcDateTime);
}

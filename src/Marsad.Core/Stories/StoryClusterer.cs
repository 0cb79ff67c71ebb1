using System.Globalization;
using System.Runtime.InteropServices;
using Marsad.Analysis.Keywords;

namespace Marsad.Stories;

/// <summary>
/// Online story clustering. Each new article either follows the original it copies (near-duplicate link), joins the
/// story its pairs with earlier members say it belongs to, or starts a story. A story's score combines the
/// <see cref="StoryPairModel"/> same-event probabilities of the pairs (article, member) by
/// <see cref="StoryClustererOptions.Linkage"/> — by default (<see cref="StoryLinkage.Learned"/>) the
/// <see cref="StoryJoinModel"/>'s probability over those and the story's own running sums, or fixed rules such as their
/// mean over all members, a member the index does not retrieve counting 0 — and the article joins the best story scoring at least
/// <see cref="StoryClustererOptions.MinProbability"/>. Candidate members come from an inverted index by day and key
/// (distinctive terms and entity keys), capped per key, so an article costs the same however many came before (no
/// re-clustering, no all-pairs pass); articles may arrive out of time order. State is rebuilt from stored
/// <see cref="StoryArticle"/>s and story ids with <see cref="Restore"/>.
/// </summary>
public sealed class StoryClusterer
{
    private const int EntityDays = 3;
    private readonly StoryClustererOptions _options;
    private readonly StoryPairModel _model;
    private readonly StoryJoinModel _join;
    private readonly DocumentFrequencies _df;
    private readonly Dictionary<string, Story> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Story> _storyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Dictionary<string, List<StoryArticle>>> _index = [];
    private readonly Dictionary<long, Dictionary<string, int>> _entityCounts = [];
    private readonly Dictionary<long, int> _dayCounts = [];
    private readonly DuplicateIndex _duplicates;

    /// <summary>
    /// A clusterer deciding by <paramref name="options"/>, with the pair model <paramref name="model"/> and the join
    /// model <paramref name="joinModel"/> (their defaults when null).
    /// </summary>
    public StoryClusterer(StoryClustererOptions? options = null, DuplicateIndexOptions? duplicateOptions = null, StoryPairModel? model = null,
        StoryJoinModel? joinModel = null)
    {
        _options = options ?? new StoryClustererOptions();
        _model = model ?? StoryPairModel.Default;
        _join = joinModel ?? StoryJoinModel.Default;
        _df = DocumentFrequencies.Default;
        _duplicates = new DuplicateIndex(duplicateOptions);
    }

    /// <summary>Every story so far.</summary>
    public IReadOnlyCollection<Story> Stories => _stories.Values;

    /// <summary>The near-duplicate index the clusterer keeps alongside its stories.</summary>
    public DuplicateIndex Duplicates => _duplicates;

    /// <summary>The story an article belongs to, if it was added.</summary>
    public Story? StoryOf(string articleId) => _storyOf.GetValueOrDefault(articleId);

    /// <summary>Adds an article and returns the story it joined or started. Adding an id again returns its story unchanged.</summary>
    public StoryAssignment Add(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_storyOf.TryGetValue(article.Id, out var known))
            return new StoryAssignment(article.Id, known.Id, false, 1, null);
        var copy = article.Fingerprint is null ? null : _duplicates.Add(article.Id, article.Time, article.Fingerprint);
        if (copy is not null && _storyOf.TryGetValue(copy.MatchedId, out var copied))
        {
            Join(copied, article);
            return new StoryAssignment(article.Id, copied.Id, false, 1, copy.OriginalId, copy.MatchedId);
        }
        var (best, similarity) = BestCandidate(article);
        if (best is not null && similarity >= _options.MinProbability)
        {
            Join(best, article);
            return new StoryAssignment(article.Id, best.Id, false, similarity, copy?.OriginalId);
        }
        var story = new Story(NewId(article.Id));
        _stories[story.Id] = story;
        Join(story, article);
        return new StoryAssignment(article.Id, story.Id, true, 0, copy?.OriginalId);
    }

    /// <summary>Puts a stored article back into its stored story, without deciding anything (rebuilding state from a store).</summary>
    public void Restore(StoryArticle article, string storyId)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(storyId);
        if (_storyOf.ContainsKey(article.Id))
            return;
        if (article.Fingerprint is not null)
            _duplicates.Add(article.Id, article.Time, article.Fingerprint);
        if (!_stories.TryGetValue(storyId, out var story))
            _stories[storyId] = story = new Story(storyId);
        Join(story, article);
    }

    private (Story? Story, double Similarity) BestCandidate(StoryArticle article)
    {
        Story? best = null;
        var bestScore = 0.0;
        var features = new double[StoryJoinFeatures.Names.Count];
        foreach (var (story, links) in CandidateStories(article))
        {
            var s = Score(article, story, links, features);
            if (s > bestScore || (s == bestScore && best is not null && string.CompareOrdinal(story.Id, best.Id) < 0))
                (best, bestScore) = (story, s);
        }
        return (best, bestScore);
    }

    /// <summary>
    /// The stories of the indexed articles <see cref="VisitCandidates"/> retrieves for <paramref name="article"/>
    /// (within <see cref="StoryClustererOptions.MaxSpan"/>), each with what its retrieved members' pair probabilities gave.
    /// </summary>
    private Dictionary<Story, StoryLinks> CandidateStories(StoryArticle article)
    {
        var linked = new Dictionary<Story, StoryLinks>();
        var keepAll = _options.Linkage == StoryLinkage.TopMean;
        VisitCandidates(article, (member, features) =>
        {
            var story = _storyOf[member.Id];
            if (story.First - article.Time > _options.MaxSpan || article.Time - story.Last > _options.MaxSpan
                || story.Last - article.Time > _options.MaxSpan || article.Time - story.First > _options.MaxSpan)
                return;
            ref var links = ref CollectionsMarshal.GetValueRefOrAddDefault(linked, story, out var seen);
            if (!seen)
                links = StoryLinks.Start(keepAll);
            links.Add(_model.Probability(features), member);
        });
        return linked;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with every candidate story of <paramref name="article"/> and the features of
    /// joining it (<see cref="StoryJoinFeatures"/>; the span is reused between calls). What the trainer of
    /// <see cref="StoryJoinModel"/> reads, so it learns on the decisions the clusterer makes.
    /// </summary>
    internal void VisitStories(StoryArticle article, Action<Story, double[]> visit)
    {
        var features = new double[StoryJoinFeatures.Names.Count];
        foreach (var (story, links) in CandidateStories(article))
        {
            JoinFeatures(article, story, links, features);
            visit(story, features);
        }
    }

    private void JoinFeatures(StoryArticle article, Story story, in StoryLinks links, double[] into) =>
        StoryJoinFeatures.Compute(article, story, links, links.Best is not null && _duplicates.HasCopies(links.Best.Id), into);

    /// <summary>The story's score from what its retrieved members gave, by <see cref="StoryClustererOptions.Linkage"/>.</summary>
    private double Score(StoryArticle article, Story story, StoryLinks links, double[] features)
    {
        var members = story.Articles.Count;
        switch (_options.Linkage)
        {
            case StoryLinkage.Learned:
                JoinFeatures(article, story, links, features);
                return _join.Probability(features);
            case StoryLinkage.TopMean:
                links.All!.Sort();
                var k = Math.Min(_options.LinkageMembers, members);
                return links.All.TakeLast(k).Sum() / k;
            case StoryLinkage.RetrievedMean:
                return links.Sum / links.Count;
            case StoryLinkage.NoisyOr:
                return 1 - links.Miss;
            default:
                return links.Sum / members;
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> with every indexed article within <see cref="StoryClustererOptions.Window"/> of
    /// <paramref name="article"/> that shares one of its lookup keys, and the features of the pair (the span is reused
    /// between calls). What the trainer of <see cref="StoryPairModel"/> reads too, so it learns on the pairs the
    /// clusterer decides on.
    /// </summary>
    internal void VisitCandidates(StoryArticle article, Action<StoryArticle, double[]> visit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { article.Id };
        var day = Day(article.Time);
        var days = (long)Math.Ceiling(_options.Window.TotalDays);
        var idf = EntityIdf(day);
        var context = new StoryPairModel.PairContext(article, idf, _df);
        var features = new double[StoryPairModel.FeatureNames.Count];
        var keys = LookupKeys(article);
        for (var d = day - days; d <= day + days; d++)
        {
            if (!_index.TryGetValue(d, out var postings))
                continue;
            foreach (var key in keys)
            {
                if (!postings.TryGetValue(key, out var posting))
                    continue;
                foreach (var member in posting)
                {
                    if (!seen.Add(member.Id) || (member.Time - article.Time).Duration() > _options.Window)
                        continue;
                    StoryPairModel.Features(context, member, idf, _df, features);
                    visit(member, features);
                }
            }
        }
    }

    /// <summary>The rarity of an entity key among the articles of the days around <paramref name="day"/> (memoized for one article).</summary>
    private Func<string, double> EntityIdf(long day)
    {
        var n = 0;
        for (var d = day - EntityDays; d <= day + EntityDays; d++)
            n += _dayCounts.GetValueOrDefault(d);
        var memo = new Dictionary<string, double>(StringComparer.Ordinal);
        return key =>
        {
            if (memo.TryGetValue(key, out var v))
                return v;
            var count = 0;
            for (var d = day - EntityDays; d <= day + EntityDays; d++)
            {
                if (_entityCounts.TryGetValue(d, out var counts))
                    count += counts.GetValueOrDefault(key);
            }
            return memo[key] = Math.Log((n + 1.0) / (count + 1.0)) + 1;
        };
    }

    private List<string> LookupKeys(StoryArticle article)
    {
        var keys = new List<string>();
        var terms = 0;
        foreach (var (key, _) in article.Vector)
        {
            if (key.StartsWith("w:", StringComparison.Ordinal) && terms++ < _options.LookupTerms)
                keys.Add(key);
        }
        foreach (var e in article.Entities.Take(_options.LookupEntities))
            keys.Add("e:" + e);
        return keys;
    }

    private void Join(Story story, StoryArticle article)
    {
        story.Add(article);
        _storyOf[article.Id] = story;
        var day = Day(article.Time);
        if (!_index.TryGetValue(day, out var postings))
            _index[day] = postings = new(StringComparer.Ordinal);
        foreach (var key in LookupKeys(article))
        {
            if (!postings.TryGetValue(key, out var posting))
                postings[key] = posting = [];
            posting.Add(article);
            if (posting.Count > _options.MaxPosting)
                posting.RemoveAt(0);
        }
        _dayCounts[day] = _dayCounts.GetValueOrDefault(day) + 1;
        if (!_entityCounts.TryGetValue(day, out var counts))
            _entityCounts[day] = counts = new(StringComparer.Ordinal);
        foreach (var e in article.Entities.Distinct(StringComparer.Ordinal))
            counts[e] = counts.GetValueOrDefault(e) + 1;
    }

    private static long Day(DateTimeOffset time) => time.UtcTicks / TimeSpan.TicksPerDay;

    /// <summary>"st-" + 16 hex digits of a 64-bit FNV-1a hash of the first article's id: stable across runs and stores.</summary>
    public static string NewId(string firstArticleId)
    {
        ArgumentNullException.ThrowIfNull(firstArticleId);
        var h = 14695981039346656037UL;
        foreach (var c in firstArticleId)
            h = (h ^ c) * 1099511628211UL;
        return "st-" + h.ToString("x16", CultureInfo.InvariantCulture);
    }
}

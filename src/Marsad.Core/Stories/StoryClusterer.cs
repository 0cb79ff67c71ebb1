using System.Globalization;

namespace Marsad.Stories;

/// <summary>
/// Online story clustering. Each new article either joins the most similar story active within
/// <see cref="StoryClustererOptions.Window"/> of its time (cosine of its term/entity vector to the story centroid at
/// least <see cref="StoryClustererOptions.MinSimilarity"/>), follows the original it copies (near-duplicate
/// link), or starts a story. Candidate stories come from an inverted index by day and term, so an article costs the
/// same however many came before (no re-clustering, no all-pairs pass); articles may arrive out of time order.
/// State is rebuilt from stored <see cref="StoryArticle"/>s and story ids with <see cref="Restore"/>.
/// </summary>
public sealed class StoryClusterer
{
    private readonly StoryClustererOptions _options;
    private readonly Dictionary<string, Story> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Story> _storyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Dictionary<string, List<Story>>> _index = [];
    private readonly DuplicateIndex _duplicates;

    public StoryClusterer(StoryClustererOptions? options = null, DuplicateIndexOptions? duplicateOptions = null)
    {
        _options = options ?? new StoryClustererOptions();
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
        if (best is not null && similarity >= _options.MinSimilarity)
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
        var seen = new HashSet<Story>();
        Story? best = null;
        var bestSimilarity = 0.0;
        var day = Day(article.Time);
        var days = (long)Math.Ceiling(_options.Window.TotalDays);
        for (var d = day - days; d <= day + days; d++)
        {
            if (!_index.TryGetValue(d, out var terms))
                continue;
            foreach (var (term, _) in article.Vector.Take(_options.LookupTerms))
            {
                if (!terms.TryGetValue(term, out var posting))
                    continue;
                foreach (var story in posting)
                {
                    if (!seen.Add(story) || story.First - article.Time > _options.Window || article.Time - story.Last > _options.Window
                        || story.Last - article.Time > _options.MaxSpan || article.Time - story.First > _options.MaxSpan)
                        continue;
                    var s = story.Similarity(article);
                    if (s > bestSimilarity || (s == bestSimilarity && best is not null && string.CompareOrdinal(story.Id, best.Id) < 0))
                        (best, bestSimilarity) = (story, s);
                }
            }
        }
        return (best, bestSimilarity);
    }

    private void Join(Story story, StoryArticle article)
    {
        story.Add(article);
        _storyOf[article.Id] = story;
        var day = Day(article.Time);
        if (!_index.TryGetValue(day, out var terms))
            _index[day] = terms = new(StringComparer.Ordinal);
        foreach (var (term, _) in article.Vector.Take(_options.LookupTerms))
        {
            if (!terms.TryGetValue(term, out var posting))
                terms[term] = posting = [];
            if (posting.Count > 0 && posting[^1] == story)
                continue;
            posting.Remove(story);
            posting.Add(story);
            if (posting.Count > _options.MaxPosting)
                posting.RemoveAt(0);
        }
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

using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Queries;
using Marsad.Storage.Stories;

namespace Marsad.Web.Api;

/// <summary>
/// Computes the <see cref="Overview"/>, at most once per <see cref="Lifetime"/> (it scans the whole store) — except while
/// articles are still being loaded, when every request sees the store as it is.
/// </summary>
public sealed class OverviewSource(IArticleStore store, INewsQueries news, TimeProvider clock, Hosting.StoreLoading loading)
{
    /// <summary>Days counted as recent for rising entities (the latest day and the one before).</summary>
    public const int RecentDays = 2;

    /// <summary>Days before the recent ones that rising entities are compared against.</summary>
    public const int BaselineDays = 12;

    /// <summary>Days the per-source volume chart covers.</summary>
    public const int VolumeDays = 14;

    /// <summary>Stories the home page lists.</summary>
    public const int TopStories = 8;

    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (Overview Value, DateTimeOffset At)? _cached;

    public async Task<Overview> GetAsync(CancellationToken cancellationToken)
    {
        if (loading.InProgress)
            return await ComputeAsync(cancellationToken).ConfigureAwait(false);
        if (_cached is { } c && clock.GetUtcNow() - c.At < Lifetime)
            return c.Value;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } again && clock.GetUtcNow() - again.At < Lifetime)
                return again.Value;
            var value = await ComputeAsync(cancellationToken).ConfigureAwait(false);
            _cached = (value, clock.GetUtcNow());
            return value;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Overview> ComputeAsync(CancellationToken cancellationToken)
    {
        var stats = await store.GetStatisticsAsync(null, cancellationToken).ConfigureAwait(false);
        if (stats.LastDay is null || !DateOnly.TryParseExact(stats.LastDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
            return new Overview(stats.Articles, null, [], [], [], [], []);
        var lead = await news.GetLeadArticlesAsync(last, 12, cancellationToken).ConfigureAwait(false);
        var recent = new DateRange(last.AddDays(1 - RecentDays), last);
        var baseline = new DateRange(recent.From.AddDays(-BaselineDays), recent.From.AddDays(-1));
        var rising = await news.GetRisingEntitiesAsync(recent, baseline, 10, 2, cancellationToken).ConfigureAwait(false);
        var week = new ArticleFilter { From = last.AddDays(-6), To = last };
        var top = await news.ListEntitiesAsync(new EntityQuery { Filter = week, Limit = 12 }, cancellationToken).ConfigureAwait(false);
        var volume = await news.GetVolumeAsync(last.AddDays(1 - VolumeDays), last, cancellationToken).ConfigureAwait(false);
        var stories = await store.ListStoriesAsync(new StoryListQuery(last, last, MinArticles: 2, Limit: TopStories), cancellationToken).ConfigureAwait(false);
        var topStories = stories.Stories.Select(StoryItem.From).ToList();
        return new Overview(stats.Articles, stats.LastDay, lead, rising, top.Items, volume, topStories);
    }
}

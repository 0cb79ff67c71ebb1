using Marsad.Storage.Queries;

namespace Marsad.Web.Api;

/// <summary>The figures of the home page.</summary>
/// <param name="Articles">Articles in the store.</param>
/// <param name="LatestDay">The latest publication day in the store ("today" for the dashboard).</param>
/// <param name="Lead">The latest day's articles, newest first.</param>
/// <param name="Rising">Entities mentioned more in the last <see cref="OverviewSource.RecentDays"/> days than in the days before.</param>
/// <param name="TopEntities">The most reported entities of the last week.</param>
/// <param name="Volume">Articles per source and day over the last <see cref="OverviewSource.VolumeDays"/> days.</param>
/// <param name="Stories">The latest day's top stories: those with an article that day and more than one article, largest first.</param>
public sealed record Overview(
    long Articles,
    string? LatestDay,
    IReadOnlyList<ArticleRef> Lead,
    IReadOnlyList<EntityTrend> Rising,
    IReadOnlyList<EntitySummary> TopEntities,
    IReadOnlyList<SourceDayCount> Volume,
    IReadOnlyList<StoryItem> Stories);

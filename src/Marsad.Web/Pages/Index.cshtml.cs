using System.Globalization;
using Marsad.Web.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>The dashboard: the latest day's headlines, rising entities, the week's most reported entities, volume per source.</summary>
public sealed class IndexModel(OverviewSource overview, Hosting.StoreLoading loading) : PageModel
{
    public Overview Overview { get; private set; } = null!;

    /// <summary>Articles still being loaded into the store (the page refreshes itself until they are).</summary>
    public Hosting.StoreLoading Loading => loading;

    /// <summary>The days of the volume chart, oldest first.</summary>
    public IReadOnlyList<string> VolumeDays { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "home";
        Overview = await overview.GetAsync(cancellationToken);
        if (loading.InProgress)
            ViewData["Refresh"] = 3;
        if (Rendering.Labels.TryDay(Overview.LatestDay, out var last))
            VolumeDays = [.. Enumerable.Range(0, OverviewSource.VolumeDays).Reverse().Select(i => last.AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
    }
}

using Marsad.Storage;
using Marsad.Storage.Stories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>The stories of a period, largest first, with their size and outlets.</summary>
public sealed class StoriesModel(IArticleStore store) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    /// <summary>Also list stories of a single article.</summary>
    [BindProperty(SupportsGet = true)] public bool All { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<StorySummary> Stories { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>Stories of a single article left out (when <see cref="All"/> is off).</summary>
    public int Singles { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "stories";
        ViewData["Title"] = "القصص";
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        if (!ModelState.IsValid)
        {
            Error = "تاريخ غير صالح: اكتب التاريخ بالصيغة YYYY-MM-DD.";
            return;
        }
        if (From > To)
        {
            Error = "تاريخ البداية بعد تاريخ النهاية.";
            return;
        }
        var shown = await store.ListStoriesAsync(new StoryListQuery(From, To, All ? 1 : 2, (PageNumber - 1) * PageSize, PageSize), cancellationToken);
        // the other count (every story, or those of two articles or more) without reading any story
        var other = await store.ListStoriesAsync(new StoryListQuery(From, To, All ? 2 : 1, Limit: 0), cancellationToken);
        Singles = All ? shown.Total - other.Total : other.Total - shown.Total;
        Total = shown.Total;
        Stories = shown.Stories;
    }

    /// <summary>This list's address on another page.</summary>
    public string Link(int page, bool? all = null) => Rendering.Links.With("/stories",
        ("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("all", all ?? All ? "true" : null),
        ("p", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
}

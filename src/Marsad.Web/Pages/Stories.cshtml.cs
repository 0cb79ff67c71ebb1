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
        var stories = await store.GetStoriesAsync(From, To, cancellationToken);
        var shown = All ? stories : [.. stories.Where(s => s.Articles.Count > 1)];
        Singles = stories.Count - shown.Count;
        Total = shown.Count;
        Stories = [.. shown.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>This list's address on another page.</summary>
    public string Link(int page, bool? all = null) => Rendering.Links.With("/stories",
        ("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("all", all ?? All ? "true" : null),
        ("p", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
}

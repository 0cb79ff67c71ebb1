using Marsad.Storage;
using Marsad.Storage.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>What happened: events by type and actor.</summary>
public sealed class EventsModel(INewsQueries news) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public EventPage Events { get; private set; } = new(0, 0, PageSize, [], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "events";
        ViewData["Title"] = "الأحداث";
        PageNumber = Math.Clamp(PageNumber, 1, 1000);
        if (From > To || Actor?.Length > Api.TextLimits.Name || Type?.Length > Api.TextLimits.Name)
            return;
        Events = await news.ListEventsAsync(new EventQuery
        {
            Type = string.IsNullOrWhiteSpace(Type) ? null : Type,
            Actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor,
            Filter = new ArticleFilter { From = From, To = To },
            Limit = PageSize,
            Offset = (PageNumber - 1) * PageSize,
        }, cancellationToken);
    }
}

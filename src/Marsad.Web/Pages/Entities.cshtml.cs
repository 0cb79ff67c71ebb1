using Marsad.Storage;
using Marsad.Storage.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>The entities of the store (or of a period), most reported first.</summary>
public sealed class EntitiesModel(INewsQueries news) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Page<EntitySummary> Entities { get; private set; } = new(0, 0, PageSize, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "entities";
        ViewData["Title"] = "الكيانات";
        Type = Type is "PER" or "LOC" or "ORG" or "MISC" ? Type : null;
        PageNumber = Math.Clamp(PageNumber, 1, 1000);
        if (From > To)
            return;
        Entities = await news.ListEntitiesAsync(new EntityQuery
        {
            Type = Type,
            Filter = new ArticleFilter { From = From, To = To },
            Limit = PageSize,
            Offset = (PageNumber - 1) * PageSize,
        }, cancellationToken);
    }
}

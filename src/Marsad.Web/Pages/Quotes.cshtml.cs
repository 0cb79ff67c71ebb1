using Marsad.Storage;
using Marsad.Storage.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>Who said what, through whom: quotations by speaker (any spelling) and subject.</summary>
public sealed class QuotesModel(INewsQueries news) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }

    [BindProperty(SupportsGet = true)] public string? About { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public Page<QuoteItem> Quotes { get; private set; } = new(0, 0, PageSize, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "quotes";
        ViewData["Title"] = "الأقوال";
        PageNumber = Math.Clamp(PageNumber, 1, 1000);
        if (From > To || Speaker?.Length > Api.TextLimits.Name || About?.Length > Api.TextLimits.Query)
            return;
        Quotes = await news.ListQuotesAsync(new QuoteQuery
        {
            Speaker = string.IsNullOrWhiteSpace(Speaker) ? null : Speaker,
            About = string.IsNullOrWhiteSpace(About) ? null : About,
            Filter = new ArticleFilter { From = From, To = To },
            Limit = PageSize,
            Offset = (PageNumber - 1) * PageSize,
        }, cancellationToken);
    }
}

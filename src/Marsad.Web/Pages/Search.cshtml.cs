using Marsad.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>The search page: query, filters, facets, highlighted results and a date histogram.</summary>
public sealed class SearchModel(IArticleStore store, Marsad.Storage.Queries.INewsQueries news) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)] public string? Source { get; set; }

    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public string? Error { get; private set; }

    /// <summary>The stories of the hits that belong to one with other articles, by article id.</summary>
    public IReadOnlyDictionary<string, Marsad.Storage.Queries.StoryRef> Stories { get; private set; } = new Dictionary<string, Marsad.Storage.Queries.StoryRef>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Nav"] = "search";
        ViewData["Title"] = string.IsNullOrWhiteSpace(Q) ? "البحث" : "بحث: " + Q;
        if (!ModelState.IsValid)
        {
            Error = "تاريخ غير صالح: اكتب التاريخ بالصيغة YYYY-MM-DD.";
            return;
        }
        if (Q is { Length: > Api.TextLimits.Query })
        {
            Error = "نص البحث أطول من اللازم.";
            return;
        }
        PageNumber = Math.Clamp(PageNumber, 1, 500);
        try
        {
            Results = await store.SearchAsync(new SearchRequest
            {
                Query = Q ?? "",
                Filter = new ArticleFilter { From = From, To = To, Source = Blank(Source), Topic = Blank(Topic), Entity = Blank(Entity) },
                Limit = PageSize,
                Offset = (PageNumber - 1) * PageSize,
                Sort = Sort == "newest" ? SearchSort.Date : SearchSort.Relevance,
                EntityFacetSize = 12,
            }, cancellationToken);
            var inStories = Results.Hits.Where(h => h.StoryId is not null).Select(h => h.Id).ToList();
            Stories = (await news.GetArticleStoriesAsync(inStories, cancellationToken)).Where(s => s.Value.Articles > 1)
                .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        }
        catch (SearchQueryException e)
        {
            Error = "لا يمكن تنفيذ هذا البحث: " + e.Message;
        }
    }

    /// <summary>This search's address with some values changed (null removes one); the page resets unless given.</summary>
    public string Link(string? q = "\0", string? from = "\0", string? to = "\0", string? source = "\0", string? topic = "\0", string? entity = "\0", string? sort = "\0", int page = 1) =>
        Rendering.Links.With("/search",
            ("q", Keep(q, Q)), ("from", Keep(from, From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            ("to", Keep(to, To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            ("source", Keep(source, Source)), ("topic", Keep(topic, Topic)), ("entity", Keep(entity, Entity)), ("sort", Keep(sort, Sort)),
            ("p", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    private static string? Keep(string? given, string? current) => given == "\0" ? current : given;

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using Marsad.Storage.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>One entity: its spellings and Latin name, mentions over time, who appears with it, what it said and where.</summary>
public sealed class EntityModel(INewsQueries news) : PageModel
{
    public EntityProfile Profile { get; private set; } = null!;

    public Page<QuoteItem> Quotes { get; private set; } = null!;

    public EventPage Events { get; private set; } = null!;

    /// <summary>The stories its articles belong to, most of its articles first.</summary>
    public IReadOnlyList<EntityStory> Stories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (key.Length > Api.TextLimits.Name || await news.GetEntityAsync(key, new EntityProfileOptions { ArticleLimit = 15, CoMentionLimit = 24 }, cancellationToken) is not { } profile)
            return NotFound();
        Profile = profile;
        Quotes = await news.ListQuotesAsync(new QuoteQuery { SpeakerKey = profile.Entity.Key, Limit = 20 }, cancellationToken);
        Events = await news.ListEventsAsync(new EventQuery { Actor = profile.Entity.Name, Limit = 10 }, cancellationToken);
        Stories = await news.ListEntityStoriesAsync(profile.Entity.Key, 8, cancellationToken);
        ViewData["Title"] = profile.Entity.Name;
        ViewData["Nav"] = "entities";
        return Page();
    }
}

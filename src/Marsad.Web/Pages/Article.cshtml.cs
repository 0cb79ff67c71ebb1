using Marsad.Storage;
using Marsad.Storage.Queries;
using Marsad.Storage.Stories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>One article: the text with entities and quotes marked, and a side panel with what was found in it.</summary>
public sealed class ArticleModel(IArticleStore store, INewsQueries news) : PageModel
{
    public Article Article { get; private set; } = new();

    /// <summary>The entities of the article: one per canonical name and type, with its mentions, most mentioned first.</summary>
    public IReadOnlyList<(string Name, string Type, string? Latin, int Mentions)> Entities { get; private set; } = [];

    /// <summary>The story the article belongs to, when it has been assigned one.</summary>
    public StoryRef? Story { get; private set; }

    /// <summary>The article's place in its story's timeline (whether it copies another report, or is copied).</summary>
    public StoryTimelineEntry? InStory { get; private set; }

    /// <summary>The near-duplicates of the article within its story: its original and the other copies of it, or its copies.</summary>
    public IReadOnlyList<StoryTimelineEntry> Duplicates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length > Api.TextLimits.Name || await store.GetArticleAsync(id, cancellationToken) is not { } article)
            return NotFound();
        Article = article;
        Entities = [.. article.Entities
            .GroupBy(e => (Name: e.Canonical ?? e.Text, e.Type))
            .Select(g => (g.Key.Name, g.Key.Type, g.Select(e => e.Latin).FirstOrDefault(l => l is not null), g.Count()))
            .OrderByDescending(e => e.Item4).ThenBy(e => e.Name, StringComparer.Ordinal)];
        if ((await news.GetArticleStoriesAsync([id], cancellationToken)).TryGetValue(id, out var story))
        {
            Story = story;
            if (story.Articles > 1 && await store.GetStoryAsync(story.Id, cancellationToken) is { } detail)
            {
                InStory = detail.Timeline.FirstOrDefault(t => t.Id == id);
                var group = InStory?.DuplicateOf ?? (InStory?.Copies > 0 ? id : null);
                if (group is not null)
                    Duplicates = [.. detail.Timeline.Where(t => t.Id != id && (t.Id == group || t.DuplicateOf == group))];
            }
        }
        ViewData["Title"] = article.Headline;
        return Page();
    }
}

using Marsad.Storage;
using Marsad.Storage.Stories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>One story: its articles across outlets on a timeline, the original wire reports, its outlets and entities.</summary>
public sealed class StoryModel(IArticleStore store) : PageModel
{
    public StoryDetail Story { get; private set; } = null!;

    /// <summary>The timeline grouped by publication day (UTC), oldest first.</summary>
    public IReadOnlyList<IGrouping<DateOnly, StoryTimelineEntry>> Days { get; private set; } = [];

    /// <summary>Articles per outlet, in order of first report.</summary>
    public IReadOnlyList<(string Source, int Articles)> Outlets { get; private set; } = [];

    /// <summary>Headlines by article id (for the original each copy points to).</summary>
    public IReadOnlyDictionary<string, StoryTimelineEntry> ById { get; private set; } = new Dictionary<string, StoryTimelineEntry>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length > Api.TextLimits.Name || await store.GetStoryAsync(id, cancellationToken) is not { } story)
            return NotFound();
        Story = story;
        Days = [.. story.Timeline.GroupBy(t => DateOnly.FromDateTime(t.Time.UtcDateTime)).OrderBy(g => g.Key)];
        Outlets = [.. story.Summary.Sources.Select(s => (s, story.Timeline.Count(t => t.Source == s)))];
        ById = story.Timeline.ToDictionary(t => t.Id, StringComparer.Ordinal);
        ViewData["Title"] = story.Summary.Label.Length > 0 ? story.Summary.Label : "قصة";
        ViewData["Nav"] = "stories";
        return Page();
    }
}

using Marsad.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marsad.Web.Pages;

/// <summary>One article: the text with entities and quotes marked, and a side panel with what was found in it.</summary>
public sealed class ArticleModel(IArticleStore store) : PageModel
{
    public Article Article { get; private set; } = new();

    /// <summary>The entities of the article: one per canonical name and type, with its mentions, most mentioned first.</summary>
    public IReadOnlyList<(string Name, string Type, string? Latin, int Mentions)> Entities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (id.Length > Api.TextLimits.Name || await store.GetArticleAsync(id, cancellationToken) is not { } article)
            return NotFound();
        Article = article;
        Entities = [.. article.Entities
            .GroupBy(e => (Name: e.Canonical ?? e.Text, e.Type))
            .Select(g => (g.Key.Name, g.Key.Type, g.Select(e => e.Latin).FirstOrDefault(l => l is not null), g.Count()))
            .OrderByDescending(e => e.Item4).ThenBy(e => e.Name, StringComparer.Ordinal)];
        ViewData["Title"] = article.Headline;
        return Page();
    }
}

namespace Marsad.Storage.Search;

/// <summary>Turns a backend's hit rows into <see cref="SearchHit"/>s with highlighted headlines and snippets.</summary>
internal static class HitAssembler
{
    public static List<SearchHit> Assemble(IEnumerable<HitRow> rows, ParsedQuery query, bool snippets)
    {
        var hits = new List<SearchHit>();
        var tokens = query.HighlightTokens;
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var snippet = "";
            List<TextSpan> highlights = [];
            List<TextSpan> headlineHighlights = [];
            if (snippets)
            {
                var article = r.LoadArticle();
                var body = article is null ? "" : string.IsNullOrEmpty(article.Text) ? article.Subheadline ?? "" : article.Text;
                (snippet, highlights) = SnippetBuilder.Build(body, tokens, seen: seen);
                headlineHighlights = SnippetBuilder.Matches(r.Headline, tokens, seen);
            }
            hits.Add(new SearchHit(r.Id, r.Score, r.Headline, headlineHighlights, snippet, highlights, r.Published, r.Source, r.Agency, r.Topic, r.Url, r.StoryId));
        }
        return hits;
    }
}

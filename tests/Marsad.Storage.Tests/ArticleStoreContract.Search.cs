using Marsad.Storage.Search;
using Xunit;

namespace Marsad.Storage.Tests;

public abstract partial class ArticleStoreContract<TFixture>
{
    [Fact]
    public async Task Search_TitleAsQuery_FindsItsArticleFirst()
    {
        var store = await Fixture.PopulatedAsync();
        var sample = TestCorpus.Records.Where((_, i) => i % 15 == 0).ToList();
        var first = 0;
        foreach (var r in sample)
        {
            var results = await store.SearchAsync(new SearchRequest { Query = r.Article.Headline, Limit = 10, IncludeFacets = false }, Ct);
            if (results.Hits.Count > 0 && results.Hits[0].Id == r.Article.Id)
                first++;
        }
        Assert.True(first >= sample.Count * 9 / 10, $"{first} of {sample.Count} titles found their article first");
    }

    [Fact]
    public async Task Search_Phrase_MatchesOnlyAdjacentWordsInOrder()
    {
        var store = await Fixture.PopulatedAsync();
        var phrase = await store.SearchAsync(new SearchRequest { Query = "\"عاصي الحلاني\"", Limit = 100, IncludeFacets = false }, Ct);
        var words = await store.SearchAsync(new SearchRequest { Query = "عاصي الحلاني", Match = MatchMode.All, Limit = 100, IncludeFacets = false }, Ct);
        var reversed = await store.SearchAsync(new SearchRequest { Query = "\"الحلاني عاصي\"", Limit = 100, IncludeFacets = false }, Ct);
        Assert.True(phrase.Total > 0);
        Assert.True(reversed.Total < phrase.Total);
        Assert.True(phrase.Total <= words.Total);
        var tokens = IndexTerms.Tokens("عاصي الحلاني");
        foreach (var hit in phrase.Hits)
        {
            var a = TestCorpus.Records.Single(r => r.Article.Id == hit.Id).Article;
            var h = IndexTerms.Tokens(a.Headline);
            var b = IndexTerms.Tokens(a.Text);
            Assert.True(Adjacent(h, tokens) || Adjacent(b, tokens), $"{hit.Id} lacks the phrase");
        }
    }

    [Fact]
    public async Task Search_MatchAll_RequiresEveryWord()
    {
        var store = await Fixture.PopulatedAsync();
        var any = await store.SearchAsync(new SearchRequest { Query = "أحلام حماقي", Limit = 100 }, Ct);
        var all = await store.SearchAsync(new SearchRequest { Query = "أحلام حماقي", Match = MatchMode.All, Limit = 100 }, Ct);
        Assert.True(all.Total > 0 && all.Total < any.Total);
        var tokens = IndexTerms.Tokens("أحلام حماقي");
        foreach (var hit in all.Hits)
        {
            var a = TestCorpus.Records.Single(r => r.Article.Id == hit.Id).Article;
            var terms = IndexTerms.Tokens(a.Headline + "\n" + a.Text).ToHashSet();
            Assert.All(tokens, t => Assert.Contains(t, terms));
        }
    }

    [Fact]
    public async Task Search_ExcludedWord_RemovesItsArticles()
    {
        var store = await Fixture.PopulatedAsync();
        var with = await store.SearchAsync(new SearchRequest { Query = "فويس", Limit = 100 }, Ct);
        var without = await store.SearchAsync(new SearchRequest { Query = "فويس -أحلام", Limit = 100 }, Ct);
        Assert.True(without.Total < with.Total);
        var ahlam = IndexTerms.Tokens("أحلام")[0];
        foreach (var hit in without.Hits)
        {
            var a = TestCorpus.Records.Single(r => r.Article.Id == hit.Id).Article;
            Assert.DoesNotContain(ahlam, IndexTerms.Tokens(a.Headline + "\n" + a.Text));
        }
        var onlyExcluded = await store.SearchAsync(new SearchRequest { Query = "-أحلام", Limit = 5 }, Ct);
        Assert.Equal(TestCorpus.Size - (await store.SearchAsync(new SearchRequest { Query = "أحلام", Limit = 0 }, Ct)).Total, onlyExcluded.Total);
    }

    [Fact]
    public async Task Search_Snippets_MarkTheQueryWordsInTheOriginalText()
    {
        var store = await Fixture.PopulatedAsync();
        var results = await store.SearchAsync(new SearchRequest { Query = "المهرجان السينمائي", Limit = 10 }, Ct);
        Assert.NotEmpty(results.Hits);
        var query = IndexTerms.Tokens("المهرجان السينمائي").ToHashSet();
        foreach (var hit in results.Hits)
        {
            Assert.NotEmpty(hit.Snippet);
            Assert.True(hit.Highlights.Count + hit.HeadlineHighlights.Count > 0, hit.Id);
            foreach (var span in hit.Highlights)
            {
                var word = hit.Snippet[span.Start..span.End];
                Assert.Contains(IndexTerms.Tokens(word), query.Contains);
            }
            foreach (var span in hit.HeadlineHighlights)
                Assert.Contains(IndexTerms.Tokens(hit.Headline[span.Start..span.End]), query.Contains);
        }
    }

    [Fact]
    public async Task Search_SortByDateAndPaging()
    {
        var store = await Fixture.PopulatedAsync();
        var byDate = await store.SearchAsync(new SearchRequest { Query = "مصر", Sort = SearchSort.Date, Limit = 50 }, Ct);
        var published = byDate.Hits.Select(h => TestCorpus.Records.Single(r => r.Article.Id == h.Id))
            .Select(r => Marsad.Storage.Internal.PublishedDate.TryParse(r.Article.Published, out var t, out _) ? t : DateTimeOffset.MinValue).ToList();
        Assert.Equal(published.OrderByDescending(t => t).ToList(), published);
        var ten = await store.SearchAsync(new SearchRequest { Query = "مصر", Limit = 10, IncludeFacets = false }, Ct);
        var second = await store.SearchAsync(new SearchRequest { Query = "مصر", Limit = 5, Offset = 5, IncludeFacets = false }, Ct);
        Assert.Equal(ten.Hits.Skip(5).Select(h => h.Id), second.Hits.Select(h => h.Id));
        Assert.Equal(ten.Total, second.Total);
        var beyond = await store.SearchAsync(new SearchRequest { Query = "مصر", Limit = 5, Offset = 5000, IncludeFacets = false }, Ct);
        Assert.Empty(beyond.Hits);
        Assert.Equal(ten.Total, beyond.Total);
    }

    [Fact]
    public async Task Search_Filters_AndFacetsCountEveryMatch()
    {
        var store = await Fixture.PopulatedAsync();
        var all = await store.SearchAsync(new SearchRequest { Query = "مصر", Limit = 1000 }, Ct);
        Assert.NotNull(all.Facets);
        Assert.Equal(all.Total, all.Facets!.Sources.Sum(s => s.Count));
        Assert.Equal(all.Total, all.Facets.Days.Sum(d => d.Count));
        Assert.Equal(all.Facets.Days.Select(d => d.Value).Order(StringComparer.Ordinal), all.Facets.Days.Select(d => d.Value));
        var busiest = all.Facets.Days.MaxBy(d => d.Count)!;
        var day = DateOnly.ParseExact(busiest.Value, "yyyy-MM-dd");
        var oneDay = await store.SearchAsync(new SearchRequest { Query = "مصر", Filter = new ArticleFilter { From = day, To = day }, Limit = 100 }, Ct);
        Assert.Equal(busiest.Count, oneDay.Total);
        var source = all.Facets.Sources[0].Value;
        var bySource = await store.SearchAsync(new SearchRequest { Query = "مصر", Filter = new ArticleFilter { Source = source }, Limit = 0 }, Ct);
        Assert.Equal(all.Facets.Sources[0].Count, bySource.Total);
        var none = await store.SearchAsync(new SearchRequest { Query = "مصر", Filter = new ArticleFilter { Source = "no-such-outlet" } }, Ct);
        Assert.Equal(0, none.Total);
        var browse = await store.SearchAsync(new SearchRequest { Query = "", Limit = 3 }, Ct);
        Assert.Equal(TestCorpus.Size, browse.Total);
    }

    [Fact]
    public async Task Export_And_Statistics_AgreeWithSearch()
    {
        var store = await Fixture.PopulatedAsync();
        var stats = await store.GetStatisticsAsync(null, Ct);
        Assert.Equal(TestCorpus.Size, stats.Articles);
        Assert.Equal(TestCorpus.Size, stats.Sources.Sum(s => s.Count));
        var exported = new List<string>();
        await foreach (var a in store.ExportAsync(ArticleFilter.None, null, Ct))
            exported.Add(a.Id);
        Assert.Equal(TestCorpus.Records.Select(r => r.Article.Id), exported);
        var matching = new List<string>();
        await foreach (var a in store.ExportAsync(ArticleFilter.None, "فويس", Ct))
            matching.Add(a.Id);
        var search = await store.SearchAsync(new SearchRequest { Query = "فويس", Limit = 1000, IncludeFacets = false }, Ct);
        Assert.Equal(search.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), matching.Order(StringComparer.Ordinal));
    }

    private static bool Adjacent(List<string> tokens, List<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            if (tokens.Skip(i).Take(phrase.Count).SequenceEqual(phrase))
                return true;
        }
        return false;
    }
}

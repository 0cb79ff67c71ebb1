using Xunit;

namespace Marsad.Storage.Tests;

public abstract partial class ArticleStoreContract<TFixture>
{
    public static TheoryData<string> HostileQueries() =>
    [
        "",
        "   ",
        new string('ب', 10_000),
        string.Join(' ', Enumerable.Repeat("وزير الخارجية الروسي", 700)),
        "!!! ؟؟؟ ... ،،، «» ()",
        "*", "\"", "\"\"", "(", ")", "((((", "-", "--", "- -", "+", "^", ":", "NEAR", "NEAR(a b)", "AND", "OR", "NOT",
        "a OR b", "مصر AND", "headline: مصر", "body:مصر", "{مصر}", "مصر*", "\"مصر", "مصر\"", "\"مصر \"فويس", "«مصر",
        "'; DROP TABLE articles; --", "' OR '1'='1", "\"; DELETE FROM article_terms; --", "مصر'); DROP TABLE articles;--",
        "\ud800", "مصر \udc00 فويس", "مصر \ud83d", "\0", "مصر\0فويس", "😀 🇸🇦", "\u200f\u200e\u202b",
        "ذا فويس -", "-مصر", "-\"ذا فويس\"", "--مصر", "\\", "\\'", "''", "&|!<->", "!(مصر)", "مصر <-> فويس", "$1", "@match",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_HostileQuery_GivesAResultOrAClearError(string query)
    {
        var store = await Fixture.PopulatedAsync();
        try
        {
            var results = await store.SearchAsync(new SearchRequest { Query = query, Limit = 5 }, Ct);
            Assert.True(results.Total >= 0);
            Assert.True(results.Hits.Count <= 5);
        }
        catch (SearchQueryException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
        // the store is intact afterwards
        Assert.Equal(TestCorpus.Size, (await store.GetStatisticsAsync(null, Ct)).Articles);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(10, -5)]
    [InlineData(5000, 0)]
    public async Task Search_BadPaging_IsAClearError(int limit, int offset)
    {
        var store = await Fixture.PopulatedAsync();
        var e = await Assert.ThrowsAsync<SearchQueryException>(() => store.SearchAsync(new SearchRequest { Query = "مصر", Limit = limit, Offset = offset }, Ct));
        Assert.Contains("between", e.Message);
    }

    [Fact]
    public async Task Search_Entity_MatchesAnySpellingWithTheSameKey_AndIsAFacet()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var records = TestCorpus.Records.Take(10).ToList();
        var withEntity = Copy(records[0].Article);
        var start = withEntity.Text.IndexOf(' ', StringComparison.Ordinal) + 1;
        var end = withEntity.Text.IndexOf(' ', start);
        // the mention's canonical name is written with hamza; users type it without
        withEntity.Entities = [new EntityMention(withEntity.Text[start..end], "PER", start, end, "أحلام الشامسي", "Ahlam Al Shamsi")];
        var other = Copy(records[1].Article);
        other.Entities = [new EntityMention("مصر", "LOC", 0, 3, "مصر", "Egypt")];
        // the rest carry no entities, so the counts below are exact whatever the tagger finds in them
        var rest = records.Skip(2).Select((r, i) =>
        {
            var a = Copy(r.Article);
            a.Entities = [];
            return new ArticleRecord(a, "h" + (i + 2));
        });
        await store.WriteAsync([new ArticleRecord(withEntity, "h0"), new ArticleRecord(other, "h1"), .. rest], Ct);
        var found = await store.SearchAsync(new SearchRequest { Filter = new ArticleFilter { Entity = "احلام الشامسى" }, Limit = 10 }, Ct);
        Assert.Equal([withEntity.Id], found.Hits.Select(h => h.Id));
        var facets = (await store.SearchAsync(new SearchRequest { Query = "", Limit = 1 }, Ct)).Facets!;
        Assert.Contains(facets.Entities, e => e.Name == "أحلام الشامسي" && e.Type == "PER" && e.Count == 1);
        Assert.Equal(1, (await store.GetStatisticsAsync(new ArticleFilter { Entity = "مصر" }, Ct)).Articles);
        Assert.Equal(2, (await store.GetStatisticsAsync(null, Ct)).EntityMentions);
    }
}

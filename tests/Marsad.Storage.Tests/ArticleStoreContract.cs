using Marsad.Serialization;
using Marsad.Storage.Search;
using Xunit;

namespace Marsad.Storage.Tests;

/// <summary>
/// The contract every <see cref="IArticleStore"/> keeps, run against SQLite and a real PostgreSQL server. Backend
/// classes override nothing: where the backends differ (phrase scoring), the difference is documented in docs/storage.md
/// and the tests here hold for both.
/// </summary>
public abstract partial class ArticleStoreContract<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Write_ThenRead_GivesTheSameArticlesBack()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var records = TestCorpus.Records.Take(60).ToList();
        var outcomes = await store.WriteAsync(records, Ct);
        Assert.All(outcomes, o => Assert.Equal(WriteOutcome.Added, o));
        foreach (var r in records)
        {
            var stored = await store.GetArticleAsync(r.Article.Id, Ct);
            Assert.NotNull(stored);
            Assert.Equal(ArticleJson.Serialize(r.Article), ArticleJson.Serialize(stored));
        }
        Assert.Null(await store.GetArticleAsync("no-such-id", Ct));
        var raw = await store.GetRawDocumentAsync(records[0].Article.Id, Ct);
        Assert.Equal(records[0].Raw!.Content, raw!.Content);
        Assert.Equal(records[0].Raw!.Title, raw.Title);
    }

    [Fact]
    public async Task Write_SameContentAgain_IsANoOp()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var records = TestCorpus.Records.Take(30).ToList();
        await store.WriteAsync(records, Ct);
        var again = await store.WriteAsync(records, Ct);
        Assert.All(again, o => Assert.Equal(WriteOutcome.Unchanged, o));
        var known = await store.FindStoredContentHashesAsync([.. records.Select(r => r.ContentHash), "0000"], Ct);
        Assert.Equal(records.Select(r => r.ContentHash).ToHashSet(), known.ToHashSet());
        Assert.Equal(30, (await store.GetStatisticsAsync(null, Ct)).Articles);
    }

    [Fact]
    public async Task Write_NewVersionOfAnArticle_ReplacesTheOldOne()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var records = TestCorpus.Records.Take(20).ToList();
        await store.WriteAsync(records, Ct);
        var old = records[3];
        var changed = Copy(old.Article);
        changed.SetParagraphs(["أعلنت وزارة الثقافة عن مهرجان زمردستان الدولي للفنون الشعبية في دورته الأولى."]);
        var outcome = await store.WriteAsync([new ArticleRecord(changed, old.ContentHash + "-v2")], Ct);
        Assert.Equal([WriteOutcome.Updated], outcome);
        Assert.Equal(20, (await store.GetStatisticsAsync(null, Ct)).Articles);
        var hits = await store.SearchAsync(new SearchRequest { Query = "زمردستان" }, Ct);
        Assert.Equal([old.Article.Id], hits.Hits.Select(h => h.Id));
        // a word only the old body had no longer finds this article
        var oldWord = UniqueBodyWord(old.Article, records);
        var oldHits = await store.SearchAsync(new SearchRequest { Query = oldWord, Limit = 100 }, Ct);
        Assert.DoesNotContain(old.Article.Id, oldHits.Hits.Select(h => h.Id));
        Assert.Equal(changed.Text, (await store.GetArticleAsync(old.Article.Id, Ct))!.Text);
    }

    [Fact]
    public async Task Write_SameIdTwiceInOneBatch_KeepsTheLaterVersion()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var first = TestCorpus.Records[0];
        var second = Copy(first.Article);
        second.SetParagraphs(["نص جديد عن مكتبة الإسكندرية ومعرضها السنوي للكتاب."]);
        var outcomes = await store.WriteAsync([first, new ArticleRecord(second, "other-hash")], Ct);
        Assert.Equal(WriteOutcome.Added, outcomes[0]);
        Assert.Equal(WriteOutcome.Updated, outcomes[1]);
        Assert.Equal(second.Text, (await store.GetArticleAsync(first.Article.Id, Ct))!.Text);
        Assert.Single((await store.SearchAsync(new SearchRequest { Query = "الإسكندرية" }, Ct)).Hits);
    }

    [Fact]
    public async Task OpeningAgain_KeepsTheSchemaAndTheData()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        Assert.True(store.SchemaVersion >= 1);
    }

    internal static Article Copy(Article a) => ArticleJson.Deserialize(ArticleJson.Serialize(a))!;

    /// <summary>A body word of <paramref name="article"/> that no other record has (so the search result is certain).</summary>
    private static string UniqueBodyWord(Article article, List<ArticleRecord> others)
    {
        var otherTokens = others.Where(r => r.Article.Id != article.Id)
            .SelectMany(r => IndexTerms.Tokens(r.Article.Headline + " " + r.Article.Text)).ToHashSet();
        var headline = IndexTerms.Tokens(article.Headline).ToHashSet();
        foreach (var raw in article.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new string(raw.Where(char.IsLetter).ToArray());
            var tokens = IndexTerms.Tokens(word);
            if (tokens.Count == 1 && !otherTokens.Contains(tokens[0]) && !headline.Contains(tokens[0]) && tokens[0].Length > 3)
                return word;
        }
        throw new InvalidOperationException("no unique word");
    }
}

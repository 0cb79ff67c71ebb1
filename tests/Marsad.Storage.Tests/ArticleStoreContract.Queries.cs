using System.Runtime.CompilerServices;
using Marsad.Analysis.Names;
using Marsad.Storage.Queries;
using Marsad.Testing.News;
using Xunit;

namespace Marsad.Storage.Tests;

/// <summary>The read-side queries (entities, quotes, events, overview) on the annotated news fixture, on both backends.</summary>
public abstract partial class ArticleStoreContract<TFixture>
{
    private static readonly ConditionalWeakTable<StoreFixture, Task<IArticleStore>> NewsStores = [];

    /// <summary>One store per fixture holding <see cref="NewsFixture"/>, shared by the query tests (they only read).</summary>
    private async Task<INewsQueries> NewsAsync()
    {
        var store = await NewsStores.GetValue(Fixture, async f =>
        {
            var s = await f.CreateEmptyAsync();
            await NewsFixture.IngestAsync(s);
            return s;
        });
        return NewsQueries.Of(store);
    }

    [Fact]
    public async Task Entities_ListsMostReportedFirst_WithTypeLatinAndSpellings()
    {
        var news = await NewsAsync();
        var page = await news.ListEntitiesAsync(new EntityQuery { Limit = 5 }, Ct);
        Assert.Equal(5, page.Items.Count);
        Assert.True(page.Total > 10);
        Assert.Contains(page.Items[0].Name, new[] { "كوالالمبور", "روسيا" }); // each in six of the eight articles
        Assert.Equal(6, page.Items[0].Articles);
        Assert.Equal("LOC", page.Items[0].Type);
        Assert.True(page.Items.Zip(page.Items.Skip(1)).All(p => p.First.Articles >= p.Second.Articles));
        var next = await news.ListEntitiesAsync(new EntityQuery { Limit = 5, Offset = 5 }, Ct);
        Assert.Empty(page.Items.Select(e => e.Key).Intersect(next.Items.Select(e => e.Key)));
        var people = await news.ListEntitiesAsync(new EntityQuery { Type = "PER", Limit = 50 }, Ct);
        Assert.All(people.Items, e => Assert.Equal("PER", e.Type));
        var medvedev = Assert.Single(people.Items, e => e.Key == NameKey.Compute("ديمتري ميدفيديف") || e.Variants.Contains("ديمتري ميدفيديف"));
        Assert.Contains("دميتري ميدفيديف", medvedev.Variants);
        Assert.NotNull(medvedev.Latin);
    }

    [Fact]
    public async Task Entities_FilteredByDay_CountOnlyThatDay()
    {
        var news = await NewsAsync();
        var day = new DateOnly(2015, 11, 22);
        var page = await news.ListEntitiesAsync(new EntityQuery { Filter = new ArticleFilter { From = day, To = day }, Limit = 50 }, Ct);
        var kl = Assert.Single(page.Items, e => e.Name == "كوالالمبور");
        Assert.Equal(3, kl.Articles); // the deal, the forum and the match (the hostile article names no city)
        Assert.DoesNotContain(page.Items, e => e.Name == "بان كي مون");
    }

    [Fact]
    public async Task Entity_ByAnySpelling_HasSpellingsDaysCoMentionsAndQuotes()
    {
        var news = await NewsAsync();
        var profile = await news.GetEntityAsync("بان كي مون", null, Ct);
        Assert.NotNull(profile);
        Assert.Equal("بان كي مون", profile.Entity.Name);
        Assert.Equal("PER", profile.Entity.Type);
        Assert.Contains(profile.Spellings, s => s.Text == "كي مون"); // the short form, linked within its article
        Assert.Equal(["2015-11-19", "2015-11-20", "2015-11-21"], profile.Days.Select(d => d.Day));
        Assert.Equal(profile.Entity.Articles, profile.Days.Sum(d => d.Count));
        Assert.Contains(profile.CoMentioned, c => c.Name == "الأمم المتحدة" && c.Type == "ORG");
        Assert.DoesNotContain(profile.CoMentioned, c => c.Key == profile.Entity.Key);
        Assert.Equal(4, profile.Quotes);
        Assert.Equal(profile.Entity.Articles, profile.Articles.Total);
        Assert.Equal("sana-2015-11-21-medvedev-asean", profile.Articles.Items[0].Id); // newest first
        // by key, and by another spelling of the name
        Assert.Equal(profile.Entity.Key, (await news.GetEntityAsync(profile.Entity.Key, null, Ct))!.Entity.Key);
        Assert.Equal(profile.Entity.Key, (await news.GetEntityAsync("بان كى مون", null, Ct))!.Entity.Key);
        Assert.Null(await news.GetEntityAsync("زمردستان", null, Ct));
        Assert.Null(await news.GetEntityAsync("   ", null, Ct));
    }

    [Fact]
    public async Task Entity_ByFamilyName_FindsTheFullName()
    {
        var news = await NewsAsync();
        var profile = await news.GetEntityAsync("عبد الرزاق", null, Ct);
        Assert.NotNull(profile);
        Assert.Equal("نجيب عبد الرزاق", profile.Entity.Name);
    }

    [Fact]
    public async Task Quotes_BySpeakerSpelling_AboutSubject_AndDates()
    {
        var news = await NewsAsync();
        var ban = await news.ListQuotesAsync(new QuoteQuery { Speaker = "بان كي مون", Limit = 50 }, Ct);
        Assert.Equal(4, ban.Total);
        Assert.All(ban.Items, q => Assert.Equal("بان كي مون", q.SpeakerCanonical));
        Assert.Contains(ban.Items, q => q.Via == "وكالة سبوتنيك" && q.Direct);
        Assert.True(string.CompareOrdinal(ban.Items[0].Article.Published, ban.Items[^1].Article.Published) >= 0);
        // a family name finds the full name; the quote's offsets point into its article
        var medvedev = await news.ListQuotesAsync(new QuoteQuery { Speaker = "ميدفيديف" }, Ct);
        Assert.Contains(medvedev.Items, q => q.Via == "وكالة سبوتنيك الروسية");
        var about = await news.ListQuotesAsync(new QuoteQuery { About = "الإرهاب" }, Ct);
        Assert.True(about.Total >= 3);
        Assert.All(about.Items, q => Assert.Contains("إرهاب", q.Text, StringComparison.Ordinal)); // الإرهاب, للإرهاب
        var aboutWithSpeaker = await news.ListQuotesAsync(new QuoteQuery { Speaker = "كي مون", About = "المجتمع الدولي" }, Ct);
        Assert.Equal(3, aboutWithSpeaker.Total);
        var nothing = await news.ListQuotesAsync(new QuoteQuery { About = "زمردستان" }, Ct);
        Assert.Equal(0, nothing.Total);
        var day = new DateOnly(2015, 11, 21);
        var onDay = await news.ListQuotesAsync(new QuoteQuery { Filter = new ArticleFilter { From = day, To = day }, Limit = 50 }, Ct);
        Assert.All(onDay.Items, q => Assert.StartsWith("2015-11-21", q.Article.Published, StringComparison.Ordinal));
        Assert.Equal(5, onDay.Total);
        var paged = await news.ListQuotesAsync(new QuoteQuery { Limit = 2, Offset = 2 }, Ct);
        Assert.Equal(2, paged.Items.Count);
        Assert.True(paged.Total >= 10);
    }

    [Fact]
    public async Task Quote_OffsetsPointIntoTheArticle()
    {
        var news = await NewsAsync();
        var store = await NewsStores.GetValue(Fixture, _ => throw new InvalidOperationException());
        foreach (var q in (await news.ListQuotesAsync(new QuoteQuery { Limit = 100 }, Ct)).Items)
        {
            var article = await store.GetArticleAsync(q.Article.Id, Ct);
            Assert.Equal(q.Text, article!.Text[q.Start..q.End]);
        }
    }

    [Fact]
    public async Task Events_ByTypeAndActor_WithTypeCounts()
    {
        var news = await NewsAsync();
        var all = await news.ListEventsAsync(new EventQuery { Limit = 50 }, Ct);
        Assert.Equal(all.Types.Sum(t => t.Count), all.Total);
        Assert.Contains(all.Types, t => t.Value == "meeting" && t.Count == 2);
        var meetings = await news.ListEventsAsync(new EventQuery { Type = "meeting" }, Ct);
        Assert.Equal(2, meetings.Total);
        Assert.All(meetings.Items, e => Assert.Equal("meeting", e.Type));
        // the actor as written carries a title; any spelling of the name (and the family name) finds it
        var medvedev = await news.ListEventsAsync(new EventQuery { Actor = "دميتري ميدفيديف" }, Ct);
        Assert.Contains(medvedev.Items, e => e.Type == "visit");
        Assert.Contains(medvedev.Items, e => e.Type == "meeting" && e.Article.Id.StartsWith("sana", StringComparison.Ordinal));
        var surname = await news.ListEventsAsync(new EventQuery { Actor = "مدفيديف", Type = "meeting" }, Ct);
        Assert.Equal(2, surname.Total);
        var deal = await news.ListEventsAsync(new EventQuery { Actor = "ماليزيا", Type = "agreement" }, Ct);
        Assert.True(deal.Total == 2, string.Join("\n", (await news.ListEventsAsync(new EventQuery { Limit = 50 }, Ct)).Items.Select(e => e.Type + ": " + string.Join("|", e.Actors))));
        Assert.Equal(2, deal.Total);
        Assert.All(deal.Items, e => Assert.Equal("كوالالمبور", e.Place));
        Assert.Equal(0, (await news.ListEventsAsync(new EventQuery { Actor = "زمردستان" }, Ct)).Total);
    }

    [Fact]
    public async Task Overview_VolumeRisingEntitiesAndLeadArticles()
    {
        var news = await NewsAsync();
        var volume = await news.GetVolumeAsync(new DateOnly(2015, 11, 19), new DateOnly(2015, 11, 22), Ct);
        Assert.Contains(volume, v => v.Source == "alrai" && v.Day == "2015-11-22" && v.Count == 1);
        Assert.Contains(volume, v => v.Source == "hespress" && v.Day == "2015-11-19" && v.Count == 1);
        Assert.Equal(8, volume.Sum(v => v.Count));
        var rising = await news.GetRisingEntitiesAsync(new(new(2015, 11, 21), new(2015, 11, 22)), new(new(2015, 11, 19), new(2015, 11, 20)), 5, 2, Ct);
        Assert.NotEmpty(rising);
        Assert.Contains(rising, t => t.Entity.Name == "ماليزيا");
        Assert.All(rising, t => Assert.True(t.Recent >= 2));
        var lead = await news.GetLeadArticlesAsync(null, 10, Ct);
        Assert.Equal(4, lead.Count); // the three reports and the hostile article of 22 November
        Assert.All(lead, a => Assert.StartsWith("2015-11-22", a.Published, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Queries_RejectOutOfRangePages()
    {
        var news = await NewsAsync();
        await Assert.ThrowsAsync<SearchQueryException>(() => news.ListEntitiesAsync(new EntityQuery { Limit = 0 }, Ct));
        await Assert.ThrowsAsync<SearchQueryException>(() => news.ListQuotesAsync(new QuoteQuery { Offset = -1 }, Ct));
        await Assert.ThrowsAsync<SearchQueryException>(() => news.ListEventsAsync(new EventQuery { Limit = 100_000 }, Ct));
    }
}

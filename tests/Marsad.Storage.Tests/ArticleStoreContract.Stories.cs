using Marsad.Storage.Stories;
using Xunit;

namespace Marsad.Storage.Tests;

/// <summary>Stories in the store: assignment at write time, incremental continuation from the store, near-duplicate originals, read views.</summary>
public abstract partial class ArticleStoreContract<TFixture>
{
    [Fact]
    public async Task Stories_ContinuedByASecondAssigner_AreTheSameAsOneRun()
    {
        var records = TestCorpus.Records.Take(160).ToList();
        // one assigner over everything
        await using var once = await Fixture.CreateEmptyAsync();
        var single = new StoryAssigner(once);
        await single.CatchUpAsync(Ct);
        foreach (var batch in records.Chunk(40))
        {
            await once.WriteAsync(batch, Ct);
            await single.AssignAsync(batch, Ct);
        }
        // two ingest runs: the second rebuilds the clustering state from the store and goes on
        await using var twice = await Fixture.CreateEmptyAsync();
        var first = new StoryAssigner(twice);
        await first.CatchUpAsync(Ct);
        await twice.WriteAsync(records[..90], Ct);
        await first.AssignAsync(records[..90], Ct);
        var second = new StoryAssigner(twice);
        await second.CatchUpAsync(Ct);
        Assert.Equal(90, second.Clusterer.Stories.Sum(s => s.Articles.Count));
        await twice.WriteAsync(records[90..], Ct);
        await second.AssignAsync(records[90..], Ct);

        var a = Partition(await AllStoriesAsync(once));
        var b = Partition(await AllStoriesAsync(twice));
        Assert.Equal(records.Count, (await AllStoriesAsync(once)).Sum(s => s.Articles.Count));
        Assert.Equal(a, b);
        // the corpus slice has real multi-article stories, not only singletons
        Assert.Contains(await AllStoriesAsync(once), s => s.Articles.Count > 2);
    }

    [Fact]
    public async Task Stories_TwoAssignersTakingTurns_BuildTheStoriesOfOne()
    {
        // two processes feeding one store (workers): each step takes in the other's assignments before deciding
        var records = TestCorpus.Records.Take(160).ToList();
        await using var once = await Fixture.CreateEmptyAsync();
        var single = new StoryAssigner(once);
        await single.CatchUpAsync(Ct);
        await using var shared = await Fixture.CreateEmptyAsync();
        StoryAssigner[] workers = [new(shared), new(shared)];
        foreach (var worker in workers)
            await worker.CatchUpAsync(Ct);
        var turn = 0;
        foreach (var batch in records.Chunk(20))
        {
            await once.WriteAsync(batch, Ct);
            await single.AssignAsync(batch, Ct);
            await shared.WriteAsync(batch, Ct);
            await workers[turn++ % 2].AssignAsync(batch, Ct);
        }
        var expected = await AllStoriesAsync(once);
        Assert.Contains(expected, s => s.Articles.Count > 2);
        Assert.Equal(Partition(expected), Partition(await AllStoriesAsync(shared)));
        // the first worker's state holds every article up to its last turn (the last batch was the second's), its own and the other's
        Assert.Equal(records.Count - 20, workers[0].Clusterer.Stories.Sum(s => s.Articles.Count));
    }

    [Fact]
    public async Task Stories_ArticlesStoredWithoutStories_AreAssignedOnCatchUp()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var records = TestCorpus.Records.Take(50).ToList();
        await store.WriteAsync(records, Ct);
        var assigner = new StoryAssigner(store);
        Assert.Equal(50, await assigner.CatchUpAsync(Ct));
        Assert.Equal(0, await new StoryAssigner(store).CatchUpAsync(Ct));
        var stories = await AllStoriesAsync(store);
        // every stored article belongs to exactly one story
        Assert.Equal(records.Select(r => r.Article.Id).Order(StringComparer.Ordinal), stories.SelectMany(s => s.Articles).Order(StringComparer.Ordinal));
        foreach (var s in stories)
        {
            Assert.StartsWith("st-", s.Id, StringComparison.Ordinal);
            Assert.True(s.First <= s.Last);
            Assert.Contains(records, r => r.Article.Id == s.Articles[0] && r.Article.Headline is { Length: > 0 } h && s.Label.Length > 0);
        }
    }

    [Fact]
    public async Task Stories_WireCopies_JoinTheOriginalsStory_AndTheEarliestIsTheOriginal()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var records = TestCorpus.Records.Take(40).ToList();
        var wire = records.First(r => r.Article.Text.Length > 1500 && r.Article.Published is not null);
        var published = DateTimeOffset.Parse(wire.Article.Published!, System.Globalization.CultureInfo.InvariantCulture);
        // a later copy with a dateline and boilerplate added, and an earlier one (the real wire report, ingested last)
        var later = Copy(wire.Article);
        later.Id = "copy-later";
        later.Source.Name = "outlet-b";
        later.Published = published.AddHours(2).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        later.SetParagraphs(["الرياض - (واس):", .. wire.Article.Text.Split('\n'), "تابعونا على تويتر وفيسبوك لمزيد من الأخبار العاجلة والتقارير."]);
        var earlier = Copy(wire.Article);
        earlier.Id = "copy-earlier";
        earlier.Source.Name = "wire-agency";
        earlier.Published = published.AddHours(-3).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var assigner = new StoryAssigner(store);
        await assigner.CatchUpAsync(Ct);
        foreach (var batch in (ArticleRecord[][])[[.. records], [new ArticleRecord(later, "h-later")], [new ArticleRecord(earlier, "h-earlier")]])
        {
            await store.WriteAsync(batch, Ct);
            await assigner.AssignAsync(batch, Ct);
        }
        var hits = await store.SearchAsync(new SearchRequest { Query = wire.Article.Headline, PlainText = true, Limit = 50 }, Ct);
        var storyOf = hits.Hits.ToDictionary(h => h.Id, h => h.StoryId);
        Assert.NotNull(storyOf[wire.Article.Id]);
        Assert.Equal(storyOf[wire.Article.Id], storyOf["copy-later"]);
        Assert.Equal(storyOf[wire.Article.Id], storyOf["copy-earlier"]);

        var story = await store.GetStoryAsync(storyOf[wire.Article.Id]!, Ct);
        Assert.NotNull(story);
        Assert.Equal(["copy-earlier"], story.Originals);
        var timeline = story.Timeline.ToDictionary(t => t.Id);
        Assert.Null(timeline["copy-earlier"].DuplicateOf);
        Assert.Equal(2, timeline["copy-earlier"].Copies);
        Assert.Equal("copy-earlier", timeline[wire.Article.Id].DuplicateOf);
        Assert.Equal("copy-earlier", timeline["copy-later"].DuplicateOf);
        Assert.Equal(story.Timeline.Select(t => t.Time).Order(), story.Timeline.Select(t => t.Time));
        Assert.Contains("wire-agency", story.Summary.Sources);
        Assert.Equal("copy-earlier", story.Summary.Articles[0]);
        Assert.NotEmpty(story.Entities);
        Assert.Null(await store.GetStoryAsync("st-0000000000000000", Ct));
    }

    [Fact]
    public async Task Stories_DateRange_ListsTheStoriesOfArticlesPublishedInIt()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        var records = TestCorpus.Records.Take(80).ToList();
        await store.WriteAsync(records, Ct);
        await new StoryAssigner(store).CatchUpAsync(Ct);
        var day = records.Select(r => r.Article.Published![..10]).GroupBy(d => d).OrderByDescending(g => g.Count()).First().Key;
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var stories = await AllStoriesAsync(store, date, date);
        var onDay = records.Where(r => r.Article.Published!.StartsWith(day, StringComparison.Ordinal)).Select(r => r.Article.Id).ToList();
        var listed = stories.SelectMany(s => s.Articles).ToList();
        Assert.All(onDay, id => Assert.Single(listed, l => l == id));
        Assert.All(stories, s => Assert.Contains(s.Articles, onDay.Contains));
        Assert.Empty(await AllStoriesAsync(store, new DateOnly(1990, 1, 1), new DateOnly(1990, 1, 2)));
    }

    [Fact]
    public async Task Stories_Pages_ConcatenateToTheWholeListing()
    {
        await using var store = await Fixture.CreateEmptyAsync();
        await store.WriteAsync(TestCorpus.Records.Take(160).ToList(), Ct);
        await new StoryAssigner(store).CatchUpAsync(Ct);
        var all = await AllStoriesAsync(store);
        var multi = all.Where(s => s.Articles.Count >= 2).ToList();
        Assert.True(multi.Count > 3, "the corpus slice should give several multi-article stories");
        // largest first, then the latest, then by id
        Assert.Equal(all.OrderByDescending(s => s.Articles.Count).ThenByDescending(s => s.Last).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id),
            all.Select(s => s.Id));

        var paged = new List<StorySummary>();
        for (var skip = 0; ; skip += 3)
        {
            var page = await store.ListStoriesAsync(new StoryListQuery(MinArticles: 2, Skip: skip, Limit: 3), Ct);
            Assert.Equal(multi.Count, page.Total);
            if (page.Stories.Count == 0)
                break;
            paged.AddRange(page.Stories);
        }
        Assert.Equal(multi.Select(s => s.Id), paged.Select(s => s.Id));
        Assert.Equal(multi.Select(s => string.Join(',', s.Articles)), paged.Select(s => string.Join(',', s.Articles)));

        // a count alone reads no story; a page past the end still gives the total
        var count = await store.ListStoriesAsync(new StoryListQuery(Limit: 0), Ct);
        Assert.Equal((all.Count, 0), (count.Total, count.Stories.Count));
        var past = await store.ListStoriesAsync(new StoryListQuery(Skip: all.Count + 5, Limit: 10), Ct);
        Assert.Equal((all.Count, 0), (past.Total, past.Stories.Count));
        Assert.Equal(0, (await store.ListStoriesAsync(new StoryListQuery(MinArticles: 100_000), Ct)).Total);
    }

    private async Task<IReadOnlyList<StorySummary>> AllStoriesAsync(IArticleStore store, DateOnly? from = null, DateOnly? to = null) =>
        (await store.ListStoriesAsync(new StoryListQuery(from, to), Ct)).Stories;

    private static HashSet<string> Partition(IReadOnlyList<StorySummary> stories) =>
        [.. stories.Select(s => s.Id + ":" + string.Join(',', s.Articles.Order(StringComparer.Ordinal)))];
}

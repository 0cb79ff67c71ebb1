using Marsad.Analysis.Keywords;
using Marsad.Stories;
using Xunit;

namespace Marsad.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2018, 4, 11, 8, 0, 0, TimeSpan.Zero);

    private static StoryArticle A(string id, string source, string headline, string text, double hours = 0) =>
        StoryFeatures.Of(id, Day.AddHours(hours), source, headline, text, null, DocumentFrequencies.Default);

    // two outlets reporting the Algerian military plane crash of 11 April 2018 (ANT v2.1, CNN and BBC), and an unrelated report
    private static readonly StoryArticle CrashCnn = A("cnn", "CNN", "257 قتيلا في حادث تحطم الطائرة العسكرية الجزائرية",
        "قتل 257 شخصا بينهم عشرة أشخاص من الطاقم، في حادث سقوط الطائرة العسكرية الجزائرية على الطريق الواصل بين بوفاريك والبليدة. وأعلنت وزارة الدفاع الجزائرية الحداد.");

    private static readonly StoryArticle CrashBbc = A("bbc", "BBC", "مقتل 257 في تحطم طائرة نقل عسكرية بالجزائر",
        "قتل 257 شخصا على الأقل في تحطم طائرة نقل عسكرية جزائرية قرب العاصمة. وقالت وزارة الدفاع إن أغلب القتلى عسكريون وعائلاتهم.", 4);

    private static readonly StoryArticle Kane = A("kane", "alarabia", "الرابطة تمنح كين هدف ستوك",
        "أعلنت رابطة الدوري الإنجليزي لكرة القدم إضافة هدف إلى رصيد مهاجم توتنهام هاري كين في مباراة ستوك سيتي.", 2);

    [Fact]
    public void SameEventAcrossOutlets_JoinsOneStory()
    {
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(CrashCnn);
        var second = clusterer.Add(CrashBbc);
        Assert.True(first.IsNew);
        Assert.False(second.IsNew);
        Assert.Equal(first.StoryId, second.StoryId);
        var story = clusterer.StoryOf("bbc")!;
        Assert.Equal(["CNN", "BBC"], story.Sources);
        Assert.Equal(CrashCnn.Time, story.First);
        Assert.Equal(CrashBbc.Time, story.Last);
        Assert.Contains(story.Label, new[] { CrashCnn.Headline, CrashBbc.Headline });
    }

    [Fact]
    public void UnrelatedEvent_StartsItsOwnStory()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(CrashCnn);
        Assert.True(clusterer.Add(Kane).IsNew);
        Assert.Equal(2, clusterer.Stories.Count);
    }

    [Fact]
    public void SameEventOutsideTheWindow_StartsANewStory()
    {
        var clusterer = new StoryClusterer(new StoryClustererOptions { Window = TimeSpan.FromDays(1) });
        clusterer.Add(CrashCnn);
        Assert.True(clusterer.Add(CrashBbc with { Id = "late", Time = Day.AddDays(5) }).IsNew);
    }

    [Fact]
    public void ArticlesOutOfTimeOrder_StillJoin()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(CrashBbc);
        Assert.False(clusterer.Add(CrashCnn).IsNew);
        Assert.Equal(CrashCnn.Time, clusterer.StoryOf("cnn")!.First);
    }

    [Fact]
    public void CopyOfAnArticle_FollowsItsStory()
    {
        var clusterer = new StoryClusterer();
        var original = clusterer.Add(CrashCnn);
        var copy = clusterer.Add(CrashCnn with { Id = "copy", Source = "skynews", Time = Day.AddHours(1) });
        Assert.Equal(original.StoryId, copy.StoryId);
        Assert.Equal("cnn", copy.DuplicateOf);
    }

    [Fact]
    public void Restore_RebuildsStoriesSoNewArticlesJoinThem()
    {
        var clusterer = new StoryClusterer();
        clusterer.Restore(CrashCnn, "st-stored");
        Assert.Equal("st-stored", clusterer.Add(CrashBbc).StoryId);
    }

    [Fact]
    public void StoryId_IsStableForTheFirstArticle()
    {
        Assert.Equal(StoryClusterer.NewId("cnn"), new StoryClusterer().Add(CrashCnn).StoryId);
        Assert.StartsWith("st-", StoryClusterer.NewId("x"));
    }

    [Fact]
    public void AddingTheSameArticleTwice_KeepsOneMembership()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(CrashCnn);
        clusterer.Add(CrashCnn);
        Assert.Single(clusterer.StoryOf("cnn")!.Articles);
    }

    [Fact]
    public void Features_OfAnArticleWithoutDate_AreNull() =>
        Assert.Null(StoryFeatures.Of(new Article { Id = "x", Headline = "عنوان", Text = "نص" }));

    [Theory]
    [InlineData("2018-04-10", 2018, 4, 10)]
    [InlineData("Tue, 10 Apr 2018 14:32:00 +0400", 2018, 4, 10)]
    [InlineData("Wed, 11 Apr 2018 02:44:00 GMT", 2018, 4, 11)]
    public void PublishedTimes_Parse(string value, int y, int m, int d)
    {
        var t = StoryFeatures.ParseTime(value)!.Value;
        Assert.Equal(new DateOnly(y, m, d), DateOnly.FromDateTime(t.UtcDateTime.AddHours(t.Offset.TotalHours)));
    }

    [Fact]
    public void EntitiesWeighInTheVector()
    {
        var article = new Article { Id = "e", Headline = "زيارة", Text = "زار الرئيس مدينة حلب أمس.", Published = "2018-04-10", Entities = [new EntityMention("حلب", "LOC", 16, 19)] };
        var features = StoryFeatures.Of(article)!;
        Assert.Contains(features.Vector, p => p.Key == "e:حلب");
        Assert.Equal(["حلب"], features.Entities);
    }
}

using Marsad.Stories;
using Xunit;

namespace Marsad.Tests.Stories;

public sealed class StoryJoinModelTests
{
    private static readonly StoryArticle CrashCnn = StoryClustererTests.CrashCnn;
    private static readonly StoryArticle CrashBbc = StoryClustererTests.CrashBbc;

    /// <summary>The join features of every candidate story of <paramref name="article"/>, by story id.</summary>
    private static Dictionary<string, double[]> JoinFeatures(StoryClusterer clusterer, StoryArticle article)
    {
        var features = new Dictionary<string, double[]>();
        clusterer.VisitStories(article, (story, f) => features[story.Id] = [.. f]);
        return features;
    }

    private static double Feature(double[] features, string name) => features[StoryJoinModel.FeatureNames.ToList().IndexOf(name)];

    [Fact]
    public void Links_KeepTheThreeBestProbabilitiesAndTheBestMember()
    {
        var links = StoryLinks.Start(keepAll: false);
        var members = new[] { ("a", 0.2), ("b", 0.9), ("c", 0.5), ("d", 0.7), ("e", 0.1) };
        foreach (var (id, p) in members)
            links.Add(p, CrashCnn with { Id = id });
        Assert.Equal(("b", 0.9, 0.7, 0.5), (links.Best!.Id, links.First, links.Second, links.Third));
        Assert.Equal(5, links.Count);
        Assert.Equal(2.4, links.Sum, 9);
        // unretrieved members count 0: a story of 10 averages the best three, a story of 2 its best two
        Assert.Equal(0.7, links.TopMean(3, 10), 9);
        Assert.Equal(0.8, links.TopMean(3, 2), 9);
        Assert.Null(links.All);
    }

    [Fact]
    public void JoinFeatures_ReadTheStoryAndItsRetrievedMembers()
    {
        // the crash story also holds the unrelated football report, which the index does not retrieve for the BBC crash report
        var alone = new StoryClusterer();
        alone.Restore(CrashCnn, "crash");
        var pair = Feature(JoinFeatures(alone, CrashBbc)["crash"], "best");
        var clusterer = new StoryClusterer();
        clusterer.Restore(CrashCnn, "crash");
        clusterer.Restore(StoryClustererTests.Kane, "crash");
        var f = JoinFeatures(clusterer, CrashBbc)["crash"];
        Assert.Equal(pair, Feature(f, "best"), 9);
        Assert.Equal(pair / 2, Feature(f, "mean-all"), 9);
        Assert.Equal(pair, Feature(f, "mean-retrieved"), 9);
        Assert.Equal(pair / 2, Feature(f, "best-3-mean"), 9);
        Assert.Equal(0.5, Feature(f, "share-retrieved"), 9);
        Assert.Equal(Math.Log(2) / Math.Log(64), Feature(f, "log-size"), 9);
        // the BBC report comes 4 hours after the CNN one, the football report between them
        Assert.Equal(Math.Log(1 + 2) / Math.Log(73), Feature(f, "time-gap"), 9);
        Assert.Equal(Math.Log(1 + 2) / Math.Log(73), Feature(f, "story-span"), 9);
        // the crash report shares its words with half the story's centroid: less than with the CNN report alone
        Assert.InRange(Feature(f, "centroid-cosine"), 0.05, Feature(JoinFeatures(alone, CrashBbc)["crash"], "centroid-cosine") - 0.05);
        Assert.Equal(0, Feature(f, "best-is-copy"));
    }

    [Fact]
    public void JoinModel_RatesTheSameEventsStoryAboveAnotherStoryOfTheSameCrisis()
    {
        var clusterer = new StoryClusterer();
        clusterer.Restore(StoryClustererTests.WhoSky, "who");
        clusterer.Restore(StoryClustererTests.AirlineWarning, "warning");
        var features = JoinFeatures(clusterer, StoryClustererTests.WhoBbc);
        var who = StoryJoinModel.Default.Probability(features["who"]);
        var warning = features.TryGetValue("warning", out var f) ? StoryJoinModel.Default.Probability(f) : 0;
        Assert.True(who > 0.5, $"same event: {who:0.000}");
        Assert.True(warning < who / 2, $"different event: {warning:0.000}");
        Assert.Equal(StoryJoinModel.FeatureNames.Count, StoryJoinModel.Default.Weights.Count);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(null)] // the shipped default (StoryClustererOptions.MinProbability)
    public void LearnedLinkage_JoinsTheSameEventAndStartsAStoryForAnother(double? threshold)
    {
        var options = new StoryClustererOptions();
        Assert.Equal(StoryLinkage.Learned, options.Linkage);
        var clusterer = new StoryClusterer(threshold is { } t ? options with { MinProbability = t } : options);
        var report = clusterer.Add(StoryClustererTests.WhoSky);
        var second = clusterer.Add(StoryClustererTests.WhoBbc);
        var warning = clusterer.Add(StoryClustererTests.AirlineWarning);
        Assert.Equal(report.StoryId, second.StoryId);
        Assert.True(second.Similarity >= 0.5);
        Assert.True(warning.IsNew);
    }
}

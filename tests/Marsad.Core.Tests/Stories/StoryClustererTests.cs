using Marsad.Analysis;
using Marsad.Analysis.Keywords;
using Marsad.Extraction;
using Marsad.Stories;
using Xunit;

namespace Marsad.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTimeOffset Day = new(2018, 4, 11, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ArticlePipeline> Pipeline = new(ArticlePipeline.CreateDefault);

    /// <summary>Story features as ingest makes them: the real analysis pipeline (entities with their keys), then <see cref="StoryFeatures"/>.</summary>
    private static StoryArticle Analyzed(string id, string source, string headline, string text, double hours) =>
        StoryFeatures.Of(Pipeline.Value.Process(new RawDocument
        {
            Content = text,
            Id = id,
            Title = headline,
            Source = source,
            Published = new DateTimeOffset(2018, 4, 10, 0, 0, 0, TimeSpan.Zero).AddHours(hours).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        }))!;

    private static StoryArticle A(string id, string source, string headline, string text, double hours = 0) =>
        StoryFeatures.Of(id, Day.AddHours(hours), source, headline, text, null, DocumentFrequencies.Default);

    // two outlets reporting the Algerian military plane crash of 11 April 2018 (ANT v2.1, CNN and BBC), and an unrelated report
    internal static readonly StoryArticle CrashCnn = A("cnn", "CNN", "257 قتيلا في حادث تحطم الطائرة العسكرية الجزائرية",
        "قتل 257 شخصا بينهم عشرة أشخاص من الطاقم، في حادث سقوط الطائرة العسكرية الجزائرية على الطريق الواصل بين بوفاريك والبليدة. وأعلنت وزارة الدفاع الجزائرية الحداد.");

    internal static readonly StoryArticle CrashBbc = A("bbc", "BBC", "مقتل 257 في تحطم طائرة نقل عسكرية بالجزائر",
        "قتل 257 شخصا على الأقل في تحطم طائرة نقل عسكرية جزائرية قرب العاصمة. وقالت وزارة الدفاع إن أغلب القتلى عسكريون وعائلاتهم.", 4);

    internal static readonly StoryArticle Kane = A("kane", "alarabia", "الرابطة تمنح كين هدف ستوك",
        "أعلنت رابطة الدوري الإنجليزي لكرة القدم إضافة هدف إلى رصيد مهاجم توتنهام هاري كين في مباراة ستوك سيتي.", 2);

    // 11 April 2018, the Douma crisis (ANT v2.1): the WHO reports 500 people with signs of toxic exposure (Sky News
    // Arabia 10:19, BBC 11:07), and Eurocontrol's warning to airlines of air strikes on Syria within 72 hours (Sky News
    // Arabia 00:22) — one crisis, shared places and words, but the warning is a new act, a story of its own in the gold
    internal static readonly StoryArticle WhoSky = Analyzed("SK-middleEast-946-20180411", "skynews", "الصحة العالمية: أعراض كيماوية سامة على المئات بدوما السورية",
        "أعلنت منظمة الصحة العالمية، الأربعاء، أن 500 شخص في مدينة دوما المحاصرة قرب دمشق توجهوا إلى منشآت طبية بعد تعرضهم لمواد كيماوية سامة. ودانت المنظمة في بيان، الهجوم الذي استهدف المدينة السورية مطلع الأسبوع الماضي، قائلة إن علامات وأعراض تتفق مع التعرض لكيماويات سامة ظهرت على نحو 500 مصاب، وفق \"رويترز\". وقال بيتر سلامة نائب مدير عام المنظمة للطوارئ والاستجابة: \"المنظمة تطالب بإتاحة الوصول إلى المنطقة بشكل فوري ودون عراقيل لتوفير الرعاية للمتأثرين وتقييم الآثار الصحية\".", 34.3);

    internal static readonly StoryArticle WhoBbc = Analyzed("BB-middleEast-329-20180411", "BBC", "منظمة الصحة العالمية تطلب دخول دوما فورا لرعاية 500 مصاب بـ\"مواد سامة\"",
        "طلبت منظمة الصحة العالمية من الحكومة السورية السماح لها بـ\"الدخول الفوري دون أي عوائق\" إلى بلدة دوما، للتأكد من التقارير الواردة من شركائها على الأرض، والتي تفيد بإصابة 500 شخص في هجوم كيمياوي هناك. وقالت المنظمة - بحسب ما نقلته وكالة فرانس برس عن رئيسها، بيتر سلامة - إنها تريد توفير الرعاية اللازمة للمصابين، وتقييم الآثار الصحية، وتوفير رعاية صحية شاملة للناس. وعبرت المنظمة في بيان عن استنكارها للهجوم الذي تسبب في أعراض تتفق مع التعرض لمواد سامة.", 35.1);

    internal static readonly StoryArticle AirlineWarning = Analyzed("SK-middleEast-920-20180411", "skynews", "تحذير لشركات الطيران شرق المتوسط من ضربة عسكرية خلال 72 ساعة",
        "دعت المنظمة الأوروبية للسلامة الجوية (يوروكونترول) شركات الطيران إلى توخي الحذر في شرق المتوسط لاحتمال شن غارات جوية في سوريا خلال 72 ساعة. وذكرت يوروكونترول أن من الممكن استخدام صواريخ جو-أرض أو صواريخ كروز أو كليهما معها خلال تلك الفترة وأن هناك احتمالا لتعرض أجهزة الملاحة اللاسلكية للتشويش على فترات متقطعة. وصدر التحذير بعدما فشل مجلس الأمن الدولي في تبني أي من مشاريع القرارات الثلاثة التي عرضت عليه بشأن إنشاء آلية للتحقيق في الأسلحة الكيميائية في سوريا.", 24.4);

    [Fact]
    public void TwoOutletsOfOneEvent_JoinOneStory_AndAnotherEventOfTheSameCrisisDoesNot()
    {
        var clusterer = new StoryClusterer();
        var report = clusterer.Add(WhoSky);
        var second = clusterer.Add(WhoBbc);
        var warning = clusterer.Add(AirlineWarning);
        Assert.Equal(report.StoryId, second.StoryId);
        Assert.False(second.IsNew);
        Assert.True(second.Similarity >= new StoryClustererOptions().MinProbability);
        Assert.True(warning.IsNew);
        Assert.Equal(["skynews", "BBC"], clusterer.StoryOf(WhoBbc.Id)!.Sources);
    }

    [Fact]
    public void PairModel_RatesTheSameEventAboveADifferentOne()
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(WhoSky);
        clusterer.Add(AirlineWarning);
        var probabilities = new Dictionary<string, double>();
        clusterer.VisitCandidates(WhoBbc, (member, features) =>
        {
            Assert.All(features, f => Assert.InRange(f, 0, 1.0001));
            probabilities[member.Id] = StoryPairModel.Default.Probability(features);
        });
        Assert.True(probabilities[WhoSky.Id] > 0.5, $"same event: {probabilities[WhoSky.Id]:0.000}");
        Assert.True(probabilities.GetValueOrDefault(AirlineWarning.Id) < probabilities[WhoSky.Id] / 2, $"different event: {probabilities.GetValueOrDefault(AirlineWarning.Id):0.000}");
    }

    [Fact]
    public void SharedRareEntities_RaiseThePairProbability()
    {
        var model = StoryPairModel.Default;
        double[] words = [0.2, 0.2, 0.3, 0, 0, 0.3, 0, 0];
        double[] wordsAndEntity = [0.2, 0.2, 0.3, 0.5, 0.9, 0.3, 0, 0];
        Assert.True(model.Probability(wordsAndEntity) > model.Probability(words));
        Assert.Equal(StoryPairModel.FeatureNames.Count, model.Weights.Count);
    }

    [Fact]
    public void Features_KeepTheLeadsSpecificNumbers_NotYearsOrDates()
    {
        Assert.Equal(["257"], CrashCnn.Numbers);
        Assert.Equal(["257"], CrashBbc.Numbers);
        var clusterer = new StoryClusterer();
        clusterer.Add(CrashCnn);
        var shared = 0.0;
        clusterer.VisitCandidates(CrashBbc, (_, features) => shared = features[StoryPairModel.FeatureNames.ToList().IndexOf("shared-number")]);
        Assert.Equal(1, shared);
        // the day of the month and the year are dates, 1.3 trillion and the 80 billion are what the report is about
        var bill = A("bill", "skynews", "مشروع قانون لتمويل الحكومة الأميركية",
            "وافق قادة الحزبين في الكونغرس الأميركي، في 21 مارس 2018، على مشروع قانون حجمه 1.3 تريليون دولار لتمويل أنشطة الحكومة، يشمل 80 مليار دولار إضافية للإنفاق الدفاعي و3 برامج جديدة.");
        Assert.Equal(["1.3", "80"], bill.Numbers);
    }

    [Fact]
    public void Features_KeepTheHeadlineTermsRarestFirst()
    {
        var f = WhoSky;
        Assert.NotEmpty(f.TitleTerms);
        Assert.Contains(f.TitleTerms, t => t.StartsWith("دوم", StringComparison.Ordinal));
        var idf = f.TitleTerms.Select(DocumentFrequencies.Default.Idf).ToList();
        Assert.Equal(idf.OrderByDescending(x => x), idf);
    }

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

    [Theory]
    [InlineData(StoryLinkage.Mean, 1, 0.5)]
    [InlineData(StoryLinkage.TopMean, 1, 1.0)]
    [InlineData(StoryLinkage.TopMean, 2, 0.5)]
    [InlineData(StoryLinkage.RetrievedMean, 1, 1.0)]
    [InlineData(StoryLinkage.NoisyOr, 1, 1.0)]
    public void StoryScore_CombinesTheMembersByTheLinkage(StoryLinkage linkage, int members, double shareOfBestPair)
    {
        // the crash story also holds the unrelated football report, which the index does not retrieve for the BBC crash report
        // (alone, the mean over the one member is that pair's probability)
        var alone = new StoryClusterer(new StoryClustererOptions { Linkage = StoryLinkage.Mean });
        alone.Add(CrashCnn);
        var best = alone.Add(CrashBbc).Similarity;
        var clusterer = new StoryClusterer(new StoryClustererOptions { Linkage = linkage, LinkageMembers = members, MinProbability = 0.01 });
        clusterer.Restore(CrashCnn, "crash");
        clusterer.Restore(Kane, "crash");
        var joined = clusterer.Add(CrashBbc);
        Assert.Equal("crash", joined.StoryId);
        Assert.Equal(best * shareOfBestPair, joined.Similarity, 6);
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

using Marsad.Analysis.Keywords;
using Marsad.Stories;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Stories;

public sealed class StoryActionTermsTests
{
    private static readonly DateTimeOffset Day = new(2018, 8, 14, 8, 0, 0, TimeSpan.Zero);

    // headlines of 14–15 August 2018 (ANT v2.1, the fifth story gold window): the US–Turkish crisis told in separate acts
    // (the electronics boycott, Turkey's tariffs on US goods) and the Genoa bridge collapse told by two outlets
    private static readonly StoryArticle BoycottBbc = Headline("BB-internationalNews-970-20180814", "BBC",
        "أزمة الليرة: تركيا تقرر مقاطعة السلع الإلكترونية الأمريكية بسبب العقوبات التي فرضتها إدارة الرئيس دونالد ترامب");

    private static readonly StoryArticle BoycottFrance24 = Headline("FR-internationalNews-2714-20180814", "france24",
        "\"فيستل وسامسونغ\" بدلا عن \"آي فون\".. أردوغان يدعو لمقاطعة المنتجات الإلكترونية الأمريكية");

    private static readonly StoryArticle TariffsCnn = Headline("CN-economy-188-20180815", "CNN",
        "تركيا تعلن \"تعرفة\" جديدة على الكحول والسيارات الأمريكية", 20);

    private static readonly StoryArticle GenoaSky = Headline("SK-internationalNews-3007-20180814", "skynews",
        "عشرات القتلى بانهيار جسر في جنوى.. وفيديو يرصد الكارثة");

    private static readonly StoryArticle GenoaSkyMoment = Headline("SK-internationalNews-3000-20180814", "skynews",
        "شاهد.. لحظة انهيار جسر جنوى في إيطاليا", 1);

    private static StoryArticle Headline(string id, string source, string headline, double hours = 0) =>
        StoryFeatures.Of(id, Day.AddHours(hours), source, headline, null, null, DocumentFrequencies.Default);

    private static string Term(string word) => SearchTermAnalyzer.Default.GetTerms(word).Single();

    private static List<string> Actions(StoryArticle article) => [.. article.HeadlineActions.Select(p => p.Key)];

    [Fact]
    public void HeadlineActions_LeaveOutPlacesTheirAdjectivesAndCommonWords()
    {
        // تركيا and الأمريكية go as a place and its adjective, جديدة and السيارات as words of over 5 % of the news
        Assert.Equal([Term("الكحول"), Term("تعلن"), Term("تعرفة")], Actions(TariffsCnn));
        Assert.All(TariffsCnn.HeadlineActions, p => Assert.Equal(DocumentFrequencies.Default.Idf(p.Key), p.Value, 4));
        Assert.DoesNotContain(Term("التركية"), Actions(Headline("lira", "BBC", "لماذا تتدهور الليرة التركية؟")));
        Assert.Contains(Term("مقاطعة"), Actions(BoycottBbc));
        Assert.DoesNotContain(Term("إيطاليا"), Actions(GenoaSkyMoment));
    }

    [Fact]
    public void HeadlineActions_LeaveOutTheWordsOfEntityMentions()
    {
        var entities = new List<EntityMention> { new("أردوغان", "PER", 0, 7, "رجب طيب أردوغان") };
        var article = StoryFeatures.Of("erdogan", Day, "france24", "أردوغان يدعو لمقاطعة المنتجات الإلكترونية الأمريكية", null, entities, DocumentFrequencies.Default);
        Assert.DoesNotContain(Term("أردوغان"), Actions(article));
        Assert.Contains(Term("الإلكترونية"), Actions(article));
    }

    [Fact]
    public void PairFeatures_TellTwoActsOfOneCrisisApart_NotTwoReportsOfOneAct()
    {
        Assert.True(Pair(BoycottBbc, BoycottFrance24, "headline-action") > 0.2);
        Assert.Equal(0, Pair(BoycottBbc, BoycottFrance24, "action-disjoint"));
        Assert.True(Pair(GenoaSky, GenoaSkyMoment, "headline-action") > 0.2);
        Assert.Equal(0, Pair(BoycottBbc, TariffsCnn, "headline-action"));
        Assert.Equal(1, Pair(BoycottBbc, TariffsCnn, "action-disjoint"));
    }

    /// <summary>Pair feature <paramref name="name"/> of <paramref name="article"/> placed against <paramref name="member"/>, 0 when the index does not retrieve it.</summary>
    private static double Pair(StoryArticle member, StoryArticle article, string name)
    {
        var clusterer = new StoryClusterer();
        clusterer.Add(member);
        var value = 0.0;
        clusterer.VisitCandidates(article, (m, features) => value = features[StoryPairModel.FeatureNames.ToList().IndexOf(name)]);
        return value;
    }
}

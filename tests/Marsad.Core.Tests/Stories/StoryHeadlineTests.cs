using Marsad.Analysis.Keywords;
using Marsad.Analysis.Names;
using Marsad.Stories;
using Xunit;

namespace Marsad.Tests.Stories;

/// <summary>Headlines of 10–11 April 2018 (ANT v2.1, the development story window) as the story pair model reads them.</summary>
public sealed class StoryHeadlineTests
{
    private const string TrumpStatement = "ترامب: سنرد بقوة على هجوم دوما";
    private const string RussianVeto = "روسيا تستخدم حق النقض ضد مشروع واشنطن بشأن الأسلحة الكيميائية في سوريا";
    private const string OpcwInspectors = "منظمة حظر الكيماوي تعلن إرسال مفتشين إلى دوما السورية \"بوقت قصير\"";

    [Fact]
    public void SpeakerBeforeAColon_IsAStatementByThatActor()
    {
        var reading = StoryHeadline.Of(TrumpStatement);
        Assert.True(reading.IsStatement);
        Assert.Equal(NameKey.Compute("ترامب"), reading.Actor);
        // the name key is the same for every spelling: ترمب heads another outlet's headline
        Assert.Equal(reading.Actor, StoryHeadline.Of("ترمب يستقبل أمير قطر في البيت الأبيض").Actor);
        Assert.NotEqual(reading.Actor, StoryHeadline.Of("ماي: هجوم دوما همجي وسأتحدث مع ترمب بشأنه").Actor);
    }

    [Fact]
    public void ReactionVerb_IsAStatement_WithTheActorBeforeIt()
    {
        var reading = StoryHeadline.Of("روسيا تحذر الولايات المتحدة من تنفيذ عمل عسكري في سوريا");
        Assert.True(reading.IsStatement);
        Assert.Equal(NameKey.Compute("روسيا"), reading.Actor);
    }

    [Fact]
    public void AVetoAndAnInspection_AreActsOfDifferentKinds()
    {
        var veto = StoryHeadline.Of(RussianVeto);
        var inspection = StoryHeadline.Of(OpcwInspectors);
        Assert.False(veto.IsStatement);
        Assert.NotEqual(0, veto.Acts);
        Assert.NotEqual(0, inspection.Acts);
        Assert.Equal(0, veto.Acts & inspection.Acts);
        Assert.Equal(veto.Acts, StoryHeadline.Of("كيماوي سوريا.. فيتو روسي ضد إنشاء \"تحقيق مستقل\"").Acts & veto.Acts);
    }

    [Fact]
    public void ATopicLabelBeforeTwoDots_IsNotTheActor()
    {
        var reading = StoryHeadline.Of("هجوم دوما..  واشنطن تطلب تصويتا الثلاثاء وموسكو تعارض");
        Assert.Equal(NameKey.Compute("واشنطن"), reading.Actor);
        Assert.Equal(NameKey.Compute("روما"), StoryHeadline.Of("أبطال أوروبا.. روما يحقق \"المعجزة\" ويصعق برشلونة").Actor);
    }

    [Fact]
    public void NoHeadline_ReadsNothing()
    {
        Assert.Same(StoryHeadline.None, StoryHeadline.Of("  "));
        Assert.Null(StoryHeadline.Of(null).Actor);
    }

    [Fact]
    public void PairFeatures_MarkTwoActsOfDifferentKinds_NotAStatementAndAnAct()
    {
        var day = new DateTimeOffset(2018, 4, 10, 20, 0, 0, TimeSpan.Zero);
        StoryArticle Article(string id, string headline, string text, double hours) =>
            StoryFeatures.Of(id, day.AddHours(hours), id, headline, text, null, DocumentFrequencies.Default);
        var veto = Article("veto", RussianVeto,
            "استخدمت روسيا حق النقض (الفيتو) في مجلس الأمن الدولي ضد مشروع قرار أميركي بشأن التحقيق في الهجوم الكيميائي المفترض على مدينة دوما السورية.", 0);
        var inspectors = Article("opcw", OpcwInspectors,
            "أعلنت منظمة حظر الأسلحة الكيميائية أنها سترسل مفتشين إلى مدينة دوما السورية للتحقيق في الهجوم الكيميائي المفترض.", 1);
        var statement = Article("trump", TrumpStatement,
            "قال الرئيس الأميركي دونالد ترامب إن الولايات المتحدة سترد بقوة على الهجوم الكيميائي المفترض على مدينة دوما السورية.", 2);
        var clusterer = new StoryClusterer();
        clusterer.Add(veto);
        clusterer.Add(statement);
        var mismatch = StoryPairModel.FeatureNames.ToList().IndexOf("act-mismatch");
        var found = new Dictionary<string, double>();
        clusterer.VisitCandidates(inspectors, (member, features) => found[member.Id] = features[mismatch]);
        Assert.Equal(1, found["veto"]);
        Assert.Equal(0, found["trump"]);
    }
}

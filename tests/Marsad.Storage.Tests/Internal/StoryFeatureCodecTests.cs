using Marsad.Analysis.Keywords;
using Marsad.Stories;
using Marsad.Storage.Stories;
using Xunit;

namespace Marsad.Storage.Tests.Internal;

/// <summary>Story features survive the store: what a second ingest run rebuilds its clustering state from.</summary>
public sealed class StoryFeatureCodecTests
{
    private static readonly StoryArticle Features = StoryFeatures.Of("FR-internationalNews-667-20180410", new DateTimeOffset(2018, 4, 10, 20, 41, 41, TimeSpan.Zero), "france24",
        "روسيا تستخدم حق النقض ضد مشروع واشنطن بشأن الأسلحة الكيميائية في سوريا",
        "استخدمت روسيا اليوم الثلاثاء حق النقض (الفيتو) للمرة الـ12 ضد مشروع قرار أمريكي بمجلس الأمن الدولي يطالب بتشكيل لجنة تحقيق جديدة لتحديد المسؤولية عن هجمات بالأسلحة الكيماوية في سوريا.",
        [new EntityMention("روسيا", "LOC", 8, 13), new EntityMention("سوريا", "LOC", 150, 155)], DocumentFrequencies.Default);

    [Fact]
    public void Features_RoundTrip_WithTheirHeadlineTermsAndNumbers()
    {
        var back = StoryFeatureCodec.Decode(Features.Id, Features.Time, Features.Source, Features.Headline,
            StoryFeatureCodec.VectorJson(Features), StoryFeatureCodec.EntitiesJson(Features), StoryFeatureCodec.FingerprintBytes(Features));
        Assert.NotEmpty(Features.TitleTerms);
        Assert.Equal(Features.TitleTerms, back.TitleTerms);
        Assert.Equal(Features.Vector, back.Vector);
        Assert.Equal(Features.Entities, back.Entities);
        Assert.Equal(["12"], back.Numbers);
        Assert.DoesNotContain(back.Vector, p => p.Key.StartsWith("t:", StringComparison.Ordinal) || p.Key.StartsWith("n:", StringComparison.Ordinal));
    }

    [Fact]
    public void FeaturesStoredBeforeHeadlineTerms_DecodeWithNone()
    {
        var back = StoryFeatureCodec.Decode("old", Features.Time, null, "", "[[\"w:فيتو\",0.8],[\"e:روسيا\",0.6]]", "[\"روسيا\"]", []);
        Assert.Empty(back.TitleTerms);
        Assert.Empty(back.Numbers);
        Assert.Equal(2, back.Vector.Count);
    }

    [Fact]
    public void DamagedFeatures_NameTheArticle()
    {
        var e = Assert.Throws<StoreException>(() => StoryFeatureCodec.Decode("AL-x-1", Features.Time, null, "", "[[\"w:", "[]", []));
        Assert.Contains("AL-x-1", e.Message, StringComparison.Ordinal);
    }
}

using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>
/// The fill list (gazetteers/fill-names.tsv): currencies, agencies and international bodies the model left O are
/// tagged after decoding, a name the model did tag keeps its tag, and the list never reaches a feature.
/// </summary>
public sealed class FillNamesTests
{
    private static string[] Fill(string sentence, params string[] tags) =>
        AfterDecoding.Apply(sentence, tags, static (extractor, labels) => extractor.TagCuratedNames(labels));

    [Fact]
    public void CurrenciesAndBodiesLeftOutside_AreFilledIn()
    {
        Assert.Equal(["O", "O", "O", "B-MISC", "O", "O", "O", "B-MISC", "O"],
            Fill("بلغت ستة مليارات شيكل ( 1.3 مليار دولار )", "O", "O", "O", "O", "O", "O", "O", "B-MISC", "O"));
        // the nationality after a currency stays outside, as ANERcorp annotates دولار | أمريكي
        Assert.Equal(["O", "B-MISC", "O", "O"], Fill("هبطت الليرة التركية أمس", "O", "O", "O", "O"));
        // with a proclitic, and a name of several words
        Assert.Equal(["O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"],
            Fill("بالتنسيق مع الويبو أو المنظمة العالمية للملكية الفكرية", "O", "O", "O", "O", "O", "O", "O", "O"));
        Assert.Equal(["O", "B-ORG", "O", "O"], Fill("وأعلن للإنتربول اليوم .", "O", "O", "O", "O"));
    }

    [Fact]
    public void WhatTheModelTagged_AndWordsNotOnTheList_AreKept()
    {
        // the model read الفاو as the Iraqi town: a decision, not a gap
        Assert.Equal(["O", "B-LOC", "O"], Fill("ميناء الفاو الجنوبي", "O", "B-LOC", "O"));
        // Erdoğan's spokesman: كالين is not ك + the yen (الين is left off the list on purpose)
        Assert.Equal(["O", "O", "O"], Fill("المتحدث إبراهيم كالين", "O", "O", "O"));
        // ريال is Real Madrid in ANERcorp: not on the list
        Assert.Equal(["O", "O", "O"], Fill("بلغت مليار ريال", "O", "O", "O"));
    }

    [Fact]
    public void TheListIsNeverAFeature()
    {
        var extractor = new NerFeatureExtractor(AfterDecoding.Lexicon);
        extractor.Extract(["مليار", "شيكل", "مع", "الويبو", "في", "الأمم", "المتحدة"], new SentenceFeatures());
        var fill = Gazetteer.SourceMask(NerLexicon.FillSource);
        for (var i = 0; i < 7; i++)
        {
            var view = extractor.TokenAt(i);
            Assert.Equal(0u, (view.GazetteerBegins | view.GazetteerInsides) & fill);
        }
        // the other lists still are: الأمم المتحدة begins a curated organisation
        Assert.NotEqual(0u, extractor.TokenAt(5).GazetteerBegins & Gazetteer.SourceMask(NerLexicon.CuratedSource));
    }
}

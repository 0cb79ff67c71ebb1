using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Text;

/// <summary>The search-term analyzer on real words: Lucene ArabicAnalyzer's known mistakes, clitics, names, stop words.</summary>
public sealed class SearchTermAnalyzerTests
{
    private static readonly SearchTermAnalyzer Analyzer = SearchTermAnalyzer.Default;

    private static string Terms(string text) => string.Join(' ', Analyzer.GetTerms(text));

    private static void SameTerm(string a, string b) => Assert.Equal(Terms(a), Terms(b));

    // Lucene turns وكالة into كال: the و of وكالة is a root letter (the corpus has الوكالة)
    [Fact] public void Wakala_KeepsItsWaw() => Assert.Equal("وكال", Terms("وكالة"));

    [Fact] public void Wakala_MeetsItsPlural() => SameTerm("وكالة", "الوكالات");

    // Lucene turns آسيان into اس: ان is not a dual here
    [Fact] public void Asean_Survives() => Assert.Equal("اسيان", Terms("آسيان"));

    // Lucene turns ألقاها into قا: the ال is the verb's, the ا before the pronoun is ى
    [Fact] public void AlqaHa_MeetsAlqa() => Assert.Equal("القي", Terms("ألقاها"));

    [Fact] public void AlqaHa_IsNotStrippedToTwoLetters() => Assert.NotEqual("قا", Terms("ألقاها"));

    // Lucene turns جالية into جال (a verb: toured)
    [Fact] public void Jaliya_IsNotJal() => Assert.NotEqual(Terms("جال"), Terms("جالية"));

    [Fact] public void Jaliya_MeetsItsPlural() => SameTerm("جالية", "الجاليات");

    // Lucene leaves لروسيا apart from روسيا
    [Fact] public void LiRussia_MeetsRussia() => SameTerm("لروسيا", "روسيا");

    [Fact] public void BiRussia_MeetsRussia() => SameTerm("بروسيا", "روسيا");

    [Fact] public void WaAlJamiat_MeetsJamiat() => SameTerm("والجامعات", "جامعات");

    [Fact] public void LilJamiat_MeetsAlJamiat() => SameTerm("للجامعات", "الجامعات");

    [Fact] public void Jamiat_MeetsJamia() => SameTerm("الجامعات", "جامعة");

    [Fact] public void BilIraq_MeetsAlIraq() => SameTerm("بالعراق", "العراق");

    [Fact] public void FeminineBeforePronoun_MeetsFeminine() => SameTerm("حكومتها", "حكومة");

    [Fact] public void FeminineDual_MeetsSingular() => SameTerm("الدولتين", "دولة");

    [Fact] public void ConstructPlural_MeetsPlural() => SameTerm("موظفي", "الموظفين");

    [Fact] public void NisbaPlural_MeetsNisba() => SameTerm("المصريين", "مصري");

    [Fact] public void Nisba_IsNotTheCountry() => Assert.NotEqual(Terms("مصر"), Terms("مصري"));

    [Fact] public void FuturePrefix_IsStripped() => SameTerm("سيقول", "يقول");

    [Fact] public void Sayyara_KeepsItsSeen() => Assert.StartsWith("سيار", Terms("سيارة"), StringComparison.Ordinal);

    [Fact] public void ConjunctionOnVerb_IsStripped() => SameTerm("ولفت", "لفت");

    [Fact] public void Wazir_KeepsItsWaw() => Assert.Equal("وزير", Terms("وزير"));

    [Fact] public void Bahth_KeepsItsBeh() => Assert.Equal("بحث", Terms("بحث"));

    [Fact] public void Lebanon_KeepsItsLamAndAn() => Assert.Equal("لبنان", Terms("لبنان"));

    [Fact] public void Electronic_KeepsItsAl() => SameTerm("الإلكترونية", "إلكترونية");

    [Fact] public void Allah_Survives() => Assert.Equal("الله", Terms("الله"));

    [Theory]
    [InlineData("ميدفيديف")]
    [InlineData("داعش")]
    [InlineData("كيري")]
    [InlineData("بوتين")]
    [InlineData("فلسطين")]
    public void Names_Survive(string name) => Assert.Equal(ArabicNormalizer.Normalize(name), Terms(name));

    [Fact] public void StopWords_Go() => Assert.Equal("", Terms("في هذا الذي إن على"));

    [Fact] public void StopWordBehindConjunction_Goes() => Assert.Equal("", Terms("وفي بذلك"));

    [Fact] public void Ali_IsAName_Ala_IsAStopWord() => Assert.Equal("علي", Terms("على علي"));

    [Fact] public void KeptContentWords_Stay() => Assert.Equal("ابو ظبي دولار", Terms("أبو ظبي دولار"));

    [Fact] public void WaliAlAhd_KeepsWali() => Assert.Equal("ولي عهد", Terms("ولي العهد"));

    [Fact] public void Harakat_DoNotMatter() => SameTerm("الجَامِعَاتُ", "الجامعات");

    [Fact] public void Numbers_LoseThousandsSeparators() => Assert.Equal("1095.50 1095 3.5 1095", Terms("1,095.50 ١٠٩٥ ٣٫٥ ١٬٠٩٥"));

    [Fact] public void Hashtag_GivesItsWords() => Assert.Equal("عاصي الحلاني", Terms("#عاصي_الحلاني"));

    [Fact] public void Handle_IsOneLowerCaseTerm() => Assert.Equal("sana_english", Terms("@SANA_English"));

    [Fact] public void MixedWord_SplitsByScript() => Assert.Equal("كوفيد 19 bbc", Terms("كوفيد19 الـBBC"));

    [Fact] public void UrlsAndEmails_GiveNoTerms() => Assert.Equal("", Terms("https://sana.sy news@sana.sy"));

    [Fact]
    public void Terms_CarryTheirSourceOffsets()
    {
        const string text = "ونقلت وكالة سبوتنيك عن #عاصي_الحلاني";
        var terms = Analyzer.Analyze(text);
        Assert.Equal(["ونقلت", "وكالة", "سبوتنيك", "عاصي", "الحلاني"], terms.Select(t => text[t.Start..t.End]).ToArray());
    }

    [Fact]
    public void TermBuffer_GivesTheSameTermsAndOffsets()
    {
        const string text = "قال الرئيس الروسي لروسيا والجامعات 1,095 #سوريا_اليوم";
        var buffer = new TermBuffer();
        Analyzer.Analyze(text, buffer);
        Assert.Equal(Analyzer.Analyze(text), buffer.ToList());
    }

    [Fact]
    public void TermBuffer_AllocatesNothingInSteadyState()
    {
        // Given a buffer that has seen the text once (grown, lexicon loaded)
        const string text = "ونقلت وكالة سبوتنيك الروسية عن ميدفيديف قوله إن روسيا مستعدة للتعاون مع دول آسيان في مجالات الطاقة والجامعات ١٠٩٥";
        var buffer = new TermBuffer();
        for (var i = 0; i < 200; i++)
        {
            buffer.Clear();
            Analyzer.Analyze(text, buffer);
        }

        // When it analyzes the text again many times
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            buffer.Clear();
            Analyzer.Analyze(text, buffer);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then nothing is allocated
        Assert.Equal(0, allocated);
        Assert.True(buffer.Count > 10);
    }
}

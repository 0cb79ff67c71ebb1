using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Text;

/// <summary>Table-driven tokenizer cases on real news text: each token's kind, and its text read back from its offsets.</summary>
public sealed class ArabicTokenizerTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "arabic words and the comma", "موسكو-سانا، أكد ميدفيديف", ["Arabic:موسكو", "Punctuation:-", "Arabic:سانا", "Punctuation:،", "Arabic:أكد", "Arabic:ميدفيديف"] },
        { "harakat and tatweel stay inside the word", "مُحَمَّدٌ قـــال", ["Arabic:مُحَمَّدٌ", "Arabic:قـــال"] },
        { "number with thousands and decimal separators", "بلغ 1,095.50 دولارا", ["Arabic:بلغ", "Number:1,095.50", "Arabic:دولارا"] },
        { "Arabic-Indic digits", "عام ١٠٩٥ هجري", ["Arabic:عام", "Number:١٠٩٥", "Arabic:هجري"] },
        { "Arabic decimal separator", "نمو ٣٫٥ بالمئة", ["Arabic:نمو", "Number:٣٫٥", "Arabic:بالمئة"] },
        { "a sentence period after a number is not a decimal", "في 2015.", ["Arabic:في", "Number:2015", "Punctuation:."] },
        { "URL with trailing punctuation", "المصدر: https://sana.sy/?p=123.", ["Arabic:المصدر", "Punctuation::", "Url:https://sana.sy/?p=123", "Punctuation:."] },
        { "www address", "زوروا www.alarabiya.net اليوم", ["Arabic:زوروا", "Url:www.alarabiya.net", "Arabic:اليوم"] },
        { "e-mail address", "راسلونا على news@sana.sy", ["Arabic:راسلونا", "Arabic:على", "Email:news@sana.sy"] },
        { "Arabic hashtag with underscore", "كما أطلق عليها #عاصي_الحلاني، حيث", ["Arabic:كما", "Arabic:أطلق", "Arabic:عليها", "Hashtag:#عاصي_الحلاني", "Punctuation:،", "Arabic:حيث"] },
        { "handle", "تابعوا @SANA_English الآن", ["Arabic:تابعوا", "Mention:@SANA_English", "Arabic:الآن"] },
        { "Latin words inside Arabic", "برنامج \"ذا فويس The Voice\"", ["Arabic:برنامج", "Punctuation:\"", "Arabic:ذا", "Arabic:فويس", "Latin:The", "Latin:Voice", "Punctuation:\""] },
        { "mixed letters and digits", "قناة MBC4 وكوفيد19", ["Arabic:قناة", "Mixed:MBC4", "Mixed:وكوفيد19"] },
        { "Latin elision", "O'Brien قال", ["Latin:O'Brien", "Arabic:قال"] },
        { "guillemets and question mark", "«هل ستأتي؟»", ["Punctuation:«", "Arabic:هل", "Arabic:ستأتي", "Punctuation:؟", "Punctuation:»"] },
        { "zero-width joiner inside a word is kept, between words skipped", "مر\u200Cصد \u200Fنص", ["Arabic:مر\u200Cصد", "Arabic:نص"] },
        { "emoji is one symbol token", "خبر 😀", ["Arabic:خبر", "Punctuation:😀"] },
        { "empty", "", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize(string name, string text, string[] expected)
    {
        // Given a real news fragment; When it is tokenized
        var tokens = ArabicTokenizer.Tokenize(text);

        // Then each token is what we expect and its offsets read back its text from the source
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, tokens.Select(t => t.Kind + ":" + t.Text(text)).ToArray());
        for (var i = 1; i < tokens.Count; i++)
            Assert.True(tokens[i].Start >= tokens[i - 1].End);
    }

    [Fact]
    public void Enumerate_MatchesTokenize()
    {
        const string text = "قال الرئيس بشار الأسد في 12 آذار ٢٠١٥ إن #سوريا لن تتراجع.";
        var viaList = ArabicTokenizer.Tokenize(text);
        var viaSpan = new List<Token>();
        foreach (var token in ArabicTokenizer.Enumerate(text))
            viaSpan.Add(token);
        Assert.Equal(viaList, viaSpan);
    }
}

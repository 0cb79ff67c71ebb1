using CsCheck;
using Marsad.Storage.Search;
using Marsad.Text;
using Xunit;

namespace Marsad.Storage.Tests.Search;

public sealed class IndexTermsTests
{
    [Fact]
    public void Tokens_LowerCaseAndSplitAtWhiteSpace_KeepingArabicAsAnalyzed()
    {
        Assert.Equal(["وزير", "خارجي", "lavrov", "2015", "عاصي", "الحلاني"], IndexTerms.Tokens("وزير الخارجية Lavrov ٢٠١٥ #عاصي_الحلاني"));
    }

    [Fact]
    public void Shortcut_GivesTheSameTokensAsTheCharacterByCharacterSplit_OnRealArticles()
    {
        var terms = TestCorpus.Records.Take(50).SelectMany(r => SearchTermAnalyzer.Default.GetTerms(r.Article.Text)).ToList();
        Assert.True(terms.Count > 5000);
        AssertSame(terms);
    }

    [Fact]
    public void Shortcut_GivesTheSameTokensAsTheCharacterByCharacterSplit_OnAnyString()
    {
        // Arabic, Latin of both cases, digits, spaces, controls, marks, symbols, surrogates (lone ones too)
        var chars = Gen.OneOf(Gen.Char['\u0600', '\u06FF'], Gen.Char['A', 'z'], Gen.Char['0', '9'], Gen.Const(' '), Gen.Char['\u0000', '\u001F'],
            Gen.Char['\u2000', '\u206F'], Gen.Char['\uD800', '\uDFFF'], Gen.Char['\u00C0', '\u024F']);
        Gen.String[chars, 0, 80].Sample(s => AssertSame([s]), iter: 5000);
        AssertSame([new string('ب', 70), new string('B', 65), "ABC", "كتاب"]);
    }

    private static void AssertSame(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var fast = new List<string>();
            var slow = new List<string>();
            IndexTerms.AddTokens(term, fast);
            IndexTerms.SplitTokens(term, slow);
            Assert.Equal(slow, fast);
        }
    }
}

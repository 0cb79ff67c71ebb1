using Marsad.Analysis.Names;
using Marsad.Testing;
using Xunit;

namespace Marsad.Tests.Analysis.Names;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("ميدفيديف", "Medvedev")]
    [InlineData("فلاديمير", "Vladimir")]
    public void WellKnownForeignNames_AreRenderedAsPronounced(string arabic, string latin) =>
        Assert.Equal(latin, NameTransliterator.Default.ToLatin(arabic));

    [Fact]
    public void Words_AreCapitalized_AndArticleIsWrittenAl()
    {
        var latin = NameTransliterator.Default.ToLatin("عبد الفتاح السيسي");
        var words = latin.Split(' ');
        Assert.Equal(3, words.Length);
        Assert.StartsWith("al-", words[2], StringComparison.Ordinal);
        Assert.True(char.IsUpper(words[0][0]));
    }

    [Fact] public void Empty_IsEmpty() => Assert.Equal("", NameTransliterator.Default.ToLatin("  "));

    [Fact] public void Latin_PassesThrough() => Assert.Equal("CNN", NameTransliterator.Default.ToLatin("CNN"));

    [Fact]
    public void DevSplit_ExactMatchAndCharacterErrorRate_HoldTheirLevel()
    {
        var ar = File.ReadAllLines(SharedData.Require("lexicons/anetac-en-ar-names/translit_dev.ar"));
        var en = File.ReadAllLines(SharedData.Require("lexicons/anetac-en-ar-names/translit_dev.en"));
        int exact = 0, edits = 0, letters = 0;
        for (var i = 0; i < ar.Length; i++)
        {
            var hyp = NameTransliterator.Default.DecodeWord(ar[i].Trim());
            var reference = en[i].Trim().ToLowerInvariant();
            exact += hyp == reference ? 1 : 0;
            edits += Levenshtein(hyp, reference);
            letters += reference.Length;
        }
        var exactRate = (double)exact / ar.Length;
        var cer = (double)edits / letters;
        // measured figures are in docs/benchmarks.md; these bounds catch a broken or stale model
        Assert.True(exactRate >= 0.32, $"exact match {exactRate:P1}");
        Assert.True(cer <= 0.19, $"character error rate {cer:P1}");
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        }
        return d[a.Length, b.Length];
    }
}

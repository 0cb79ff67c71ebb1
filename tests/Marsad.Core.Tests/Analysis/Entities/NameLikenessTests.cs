using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>The shipped name-likeness model, on words taken as the tagger reads them (bare, matching-normalized).</summary>
public sealed class NameLikenessTests
{
    private static readonly NerLexicon Lexicon = NerTagger.Default.Lexicon;

    // transliterated foreign names; شتاينماير, غوتيريش and ماكرون are in none of the lists the model was trained from
    private static readonly string[] ForeignNames = ["فولكسفاغن", "شتاينماير", "بنفيكا", "غوتيريش", "ماكرون", "سكودا"];

    private static readonly string[] OrdinaryWords = ["الحكومة", "قال", "الاقتصادية", "وزارة", "المتحدة", "يستطيعون"];

    private static float Logit(string token)
    {
        Proclitics.Split(NerText.Normalize(token), Lexicon.Clusters, out var remainder);
        return Lexicon.NameLikeness.Logit(Proclitics.WithoutArticle(remainder));
    }

    [Fact]
    public void ForeignNames_ScoreAboveOrdinaryWords()
    {
        var lowestName = ForeignNames.Min(Logit);
        var highestWord = OrdinaryWords.Max(Logit);
        Assert.True(lowestName > highestWord,
            $"lowest name {lowestName}, highest ordinary word {highestWord}");
    }

    [Theory]
    [InlineData("الحكومة")]
    [InlineData("قال")]
    [InlineData("الاقتصادية")]
    public void OrdinaryWord_DoesNotReadAsAName(string word) => Assert.True(Logit(word) < 0, $"{word}: {Logit(word)}");

    [Fact]
    public void WrittenModel_ReadsBackQuantized()
    {
        Span<uint> grams = stackalloc uint[NameLikeness.NGramCount(3)];
        NameLikeness.NGrams("abc", grams);
        Assert.Equal(12, grams.Length); // a b c; ^a ab bc c$; ^ab abc bc$; ^abc abc$
        // 2.54 sets the scale to 0.02 (2.54 / 127); -1.0 is then exactly -50 steps
        var weights = new Dictionary<uint, float> { [grams[0]] = 2.54f, [grams[5]] = -1.0f };
        using var stream = new MemoryStream();
        NameLikeness.Write(stream, -0.5f, weights);
        stream.Position = 0;
        var model = NameLikeness.Read(stream);
        Assert.Equal(2, model.Count);
        Assert.Equal(-0.5f + 2.54f - 1.0f, model.Logit("abc"), 3);
        Assert.Equal(-0.5f, model.Logit("xyz"), 4);
        Assert.Equal(1, model.Bucket("abc"));
        Assert.Equal(-1, model.Bucket("xyz"));
    }
}

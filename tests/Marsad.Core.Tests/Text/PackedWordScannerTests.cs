using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Text;

/// <summary>
/// The vector scan of plain words against the character rules it stands in for: the same folded word and the same
/// <see cref="PackedWordTable"/> key, and nothing taken that the character loop must see (marks, long words, other
/// letters, a word that goes on).
/// </summary>
public sealed class PackedWordScannerTests
{
    // padded so that sixteen characters can always be read from a word's start
    private const string Padding = "                ";

    [Theory]
    [InlineData("وكالة", "وكاله")]
    [InlineData("أعلنت", "اعلنت")]
    [InlineData("إلى", "الي")]
    [InlineData("مسؤول", "مسءول")]
    [InlineData("رئيس", "رءيس")]
    [InlineData("آسيان", "اسيان")]
    public void PlainWord_FoldsAndPacksAsTheCharacterRules(string word, string folded)
    {
        RequireVectors();
        var buffer = new char[PackedWordScanner.Width];
        var length = PackedWordScanner.Scan(word + "، " + Padding, 0, buffer, out var key, out _);
        Assert.Equal(word.Length, length);
        Assert.Equal(folded, new string(buffer, 0, length));
        Assert.True(PackedWordTable.TryPack(folded, out var expected));
        Assert.Equal(expected, key);
    }

    [Fact]
    public void AlefMaksura_IsReported()
    {
        RequireVectors();
        var buffer = new char[PackedWordScanner.Width];
        Assert.Equal(3, PackedWordScanner.Scan("على " + Padding, 0, buffer, out _, out var maksura));
        Assert.True(maksura);
        Assert.Equal(3, PackedWordScanner.Scan("علي " + Padding, 0, buffer, out _, out maksura));
        Assert.False(maksura);
    }

    [Theory]
    [InlineData("مُحمد")]      // a haraka inside: the character loop removes it
    [InlineData("كوفيد19")]    // a digit goes on the word
    [InlineData("الـBBC")]     // tatweel, then Latin
    [InlineData("پاکستان")]    // letters outside ء … ي
    [InlineData("استراتيجيات")] // eleven letters: more than a key holds
    public void OtherWord_IsLeftToTheCharacterLoop(string word)
    {
        RequireVectors();
        var buffer = new char[PackedWordScanner.Width];
        Assert.Equal(0, PackedWordScanner.Scan(word + " " + Padding, 0, buffer, out _, out _));
    }

    private static void RequireVectors() =>
        Assert.SkipUnless(PackedWordScanner.IsSupported, "this processor has no BMI2 or vector instructions: the analyzer uses its character loop only");
}

using CsCheck;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Text;

/// <summary>
/// Invariants of the text core on hostile input (random UTF-16 with lone surrogates, only diacritics, mixed
/// scripts, huge strings): nothing throws, offsets stay in bounds and ordered, normalization is idempotent at both
/// levels, and the analyzer is total. Iterations are bounded so the suite stays fast.
/// </summary>
public sealed class TextPropertyTests
{
    private const int Iterations = 400;

    private static readonly Gen<char> AnyUtf16 = Gen.Char[(char)0, (char)0xFFFF];

    private static readonly Gen<char> Diacritic = Gen.OneOf(Gen.Char['\u064B', '\u065F'], Gen.Char['\u0610', '\u061A'], Gen.Char['\u06D6', '\u06ED'], Gen.Const('\u0670'), Gen.Const('\u0640'));

    private static readonly Gen<char> NewsChar = Gen.Frequency(
        (8, Gen.Char['\u0621', '\u064A']),
        (2, Diacritic),
        (3, Gen.Char['a', 'z']),
        (1, Gen.Char['A', 'Z']),
        (2, Gen.Char['0', '9']),
        (1, Gen.Char['\u0660', '\u0669']),
        (4, Pick(' ', ' ', '\n', '.', ',', '،', '؛', '؟', '«', '»', '“', '”', '#', '@', '_', '/', ':', '\u066B', '\u066C', '\u200C', '\u200F', '\uFEFF', '\uFFFE', '\uFFFF', '\uFDD0', '\u0378')),
        (1, Gen.Char['\uFB50', '\uFDFF']),
        (1, Gen.Char['\uFE70', '\uFEFF']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, AnyUtf16));

    private static readonly Gen<string> HostileText = Gen.OneOf(
        Gen.String[AnyUtf16, 0, 300],
        Gen.String[NewsChar, 0, 300],
        Gen.String[Diacritic, 0, 80],
        Pick("", "https://sana.sy/?p=1.", "a@b.co", "#_", "@", "#", "1,", ",1", "١٬", "\uFDFA", "\uFDFB\uFDF2", "ﷺ"));

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    [Fact]
    public void Tokenizer_OffsetsAreInBoundsOrderedAndNonEmpty() =>
        HostileText.Sample(text =>
        {
            var previousEnd = 0;
            foreach (var token in ArabicTokenizer.Tokenize(text))
            {
                Assert.True(token.Length > 0);
                Assert.True(token.Start >= previousEnd && token.End <= text.Length);
                previousEnd = token.End;
            }
        }, iter: Iterations);

    [Fact]
    public void Normalization_IsIdempotentAtBothLevels_AndLeavesNoLoneSurrogate() =>
        HostileText.Sample(text =>
        {
            var display = ArabicNormalizer.Normalize(text, NormalizationLevel.Display);
            Assert.Equal(display, ArabicNormalizer.Normalize(display, NormalizationLevel.Display));
            var matching = ArabicNormalizer.Normalize(text, NormalizationLevel.Matching);
            Assert.Equal(matching, ArabicNormalizer.Normalize(matching, NormalizationLevel.Matching));
            foreach (var normalized in (string[])[display, matching])
            {
                for (var i = 0; i < normalized.Length; i++)
                {
                    if (char.IsHighSurrogate(normalized[i]))
                        Assert.True(i + 1 < normalized.Length && char.IsLowSurrogate(normalized[++i]));
                    else
                        Assert.False(char.IsLowSurrogate(normalized[i]));
                }
            }
        }, iter: Iterations);

    [Fact]
    public void Analyzer_IsTotal_AndTermsPointIntoTheText() =>
        HostileText.Sample(text =>
        {
            var terms = SearchTermAnalyzer.Default.Analyze(text);
            var previousStart = 0;
            foreach (var term in terms)
            {
                Assert.NotEmpty(term.Text);
                Assert.DoesNotContain(term.Text, char.IsWhiteSpace);
                Assert.True(term.Start >= previousStart && term.Length > 0 && term.End <= text.Length);
                previousStart = term.Start;
            }
            var buffer = new TermBuffer(4);
            SearchTermAnalyzer.Default.Analyze(text, buffer);
            Assert.Equal(terms, buffer.ToList());
        }, iter: Iterations);

    [Fact]
    public void SentenceSplitter_SpansAreInBoundsAndOrdered() =>
        HostileText.Sample(text =>
        {
            var previousEnd = 0;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                Assert.True(sentence.Length > 0 && sentence.Start >= previousEnd && sentence.End <= text.Length);
                previousEnd = sentence.End;
            }
        }, iter: Iterations);

    [Fact]
    public void OnlyDiacritics_GiveNoTermsAndNormalizeToNothing() =>
        Gen.String[Diacritic, 1, 200].Sample(text =>
        {
            Assert.Empty(SearchTermAnalyzer.Default.GetTerms(text));
            Assert.Equal("", ArabicNormalizer.Normalize(text, NormalizationLevel.Matching));
        }, iter: Iterations);

    [Fact]
    public void TenMegabyteStrings_AreHandled()
    {
        // Given 10 MB (5 M UTF-16 characters) of mixed news-like text with random code units, and 10 MB without a space
        var random = new Random(20150805);
        const string alphabet = "وكالة سانا لروسيا والجامعات ميدفيديف 1,095.50 ١٠٩٥ ٣٫٥ #عاصي_الحلاني @sana \u064E\u0651\u0640 https://sana.sy a@b.co «»،؛؟.\n\uFDFA";
        var chars = new char[5_000_000];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = random.Next(50) == 0 ? (char)random.Next(0x10000) : alphabet[random.Next(alphabet.Length)];
        var mixed = new string(chars);
        var oneWord = new string('ب', 5_000_000);

        foreach (var text in (string[])[mixed, oneWord])
        {
            // Then every stage finishes, and offsets stay in bounds
            var tokens = ArabicTokenizer.Tokenize(text);
            Assert.True(tokens.Count > 0 && tokens[^1].End <= text.Length);
            var buffer = new TermBuffer();
            SearchTermAnalyzer.Default.Analyze(text, buffer);
            Assert.True(buffer.Count > 0 && buffer.StartOf(buffer.Count - 1) < text.Length);
            Assert.NotEmpty(ArabicNormalizer.Normalize(text, NormalizationLevel.Display));
            Assert.NotEmpty(ArabicNormalizer.Normalize(text, NormalizationLevel.Matching));
            Assert.NotEmpty(SentenceSplitter.Split(text));
        }
    }
}

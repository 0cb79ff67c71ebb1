using CsCheck;
using Marsad.Extraction;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Hostile text never breaks extraction: empty, white space, one huge line, binary-looking text, lone surrogates, random
/// mixes of Arabic, boilerplate fragments and control characters. Invariants: no exception; every paragraph, removed
/// piece and dateline is a trimmed, non-empty span of the (surrogate-repaired) content; subheadings are paragraphs;
/// the text is the paragraphs joined by a blank line.
/// </summary>
public sealed class ExtractionPropertyTests
{
    private static readonly string[] Pieces =
    [
        "موسكو-سانا", "واس- جدة:", "// انتهى //", "20:26 ت م", "سمات", "انظر ايضاً", "اقرأ أيضا:", "عين اليوم – لندن",
        "تبوك 21 شوال 1436 هـ الموافق 06 اغسطس 2015 م واس", "https://t.me/x", "أكد الوزير أن الاجتماع كان مثمرا.",
        "\u00a0", " \u00a0 ", "\n", "\n\n", "\r\n", "*", "-", "..", "…", "«", "»", "(", ")", ":", "٢٠١٥", "\uD800", "\uDC00",
        "\u0000", "\u001a", "\u200f", "\uFEFF", "\uFFFD", "ـ", "بريدة25", "شوال", "(CNN)—", "«الاقتصادية» من الرياض",
    ];

    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 400].Select(c => new string(c)),
        Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Pieces[i]))),
        Gen.Const(""), Gen.Const("   \n\t\u00a0 \n"), Gen.Const("\uD800\uDC00\uDC00\uD800"));

    [Fact]
    public void HostileContent_NeverThrows_AndSpansComeFromTheContent() =>
        Gen.Select(Hostile, Hostile.Null(), Gen.Int[0, 3].Select(i => i switch { 0 => (string?)null, 1 => "sabq", 2 => "3alyoum", _ => "was" })).Sample((content, title, source) =>
        {
            var article = ArticleExtractor.Default.Extract(new RawDocument { Content = content, Title = title, Source = source });
            var repaired = Repair(content);
            foreach (var span in article.Paragraphs.Concat(article.Removed).Append(article.Dateline.Text ?? "x"))
            {
                if (span == "x" && article.Dateline.Text is null)
                    continue;
                Assert.False(string.IsNullOrEmpty(span));
                Assert.Contains(span, repaired, StringComparison.Ordinal);
                Assert.Equal(span.Trim(), span.Trim()); // trimmed spans stay stable
            }
            Assert.All(article.Subheadings, s => Assert.Contains(s, article.Paragraphs));
            Assert.Equal(string.Join("\n\n", article.Paragraphs), article.Text);
        }, iter: 3000);

    [Fact]
    public void OneHugeLine_IsExtracted()
    {
        var line = string.Concat(Enumerable.Repeat("أعلنت الوزارة اليوم عن برنامج جديد، ", 200_000));
        var article = ArticleExtractor.Default.Extract(new RawDocument { Content = line + "\nسمات وزارة برنامج", Title = "عنوان" });
        Assert.Single(article.Paragraphs);
        Assert.Equal(["سمات وزارة برنامج"], article.Removed);
    }

    [Fact]
    public void BinaryBytesAsText_AreExtractedWithoutError()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        var article = ArticleExtractor.Default.Extract(new RawDocument { Content = text });
        Assert.NotNull(article.Text);
    }

    [Fact]
    public void LoneSurrogates_BecomeReplacementCharacters()
    {
        var article = ArticleExtractor.Default.Extract(new RawDocument { Content = "نص\uD800 فيه\uDC00 خطأ في الترميز ولكنه يبقى نصا صالحا للعرض.", Title = "t" });
        Assert.Equal("نص\uFFFD فيه\uFFFD خطأ في الترميز ولكنه يبقى نصا صالحا للعرض.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void NullContent_IsEmpty() => Assert.Empty(ArticleExtractor.Default.Extract(new RawDocument { Content = null! }).Paragraphs);

    private static string Repair(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(s[i]).Append(s[++i]);
                continue;
            }
            sb.Append(char.IsSurrogate(s[i]) ? '\uFFFD' : s[i]);
        }
        return sb.ToString();
    }
}

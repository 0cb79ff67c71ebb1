using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Marsad.Web.Rendering;

/// <summary>HTML encoding for article text: markup characters always encoded, Arabic and Latin letters left as they are.</summary>
internal static class PageText
{
    /// <summary>The character ranges written as themselves.</summary>
    public static UnicodeRange[] Ranges { get; } =
    [
        UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.Arabic,
        UnicodeRanges.ArabicSupplement, UnicodeRanges.ArabicExtendedA, UnicodeRanges.ArabicPresentationFormsA,
        UnicodeRanges.ArabicPresentationFormsB, UnicodeRanges.GeneralPunctuation,
    ];

    /// <summary>The encoder pages and markup builders use.</summary>
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(Ranges);

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);
}

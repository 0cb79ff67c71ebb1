using System.Globalization;
using System.Text;

namespace Marsad.Analysis.Names;

/// <summary>
/// Renders an Arabic name in Latin letters, word by word, with the learned <see cref="TransliterationModel"/>:
/// ديمتري ميدفيديف → "Dmitri Medvedev". The article is written "al-" (السيسي → "al-Sisi"; "Al-" at the start),
/// each word is capitalized, and Latin, digits and other scripts pass through as written.
/// </summary>
public sealed class NameTransliterator
{
    private readonly TransliterationModel _model;

    internal NameTransliterator(TransliterationModel model) => _model = model;

    /// <summary>The transliterator with the shipped model.</summary>
    public static NameTransliterator Default => Shipped.Value;

    private static readonly Lazy<NameTransliterator> Shipped = new(() => new NameTransliterator(TransliterationModel.Default));

    /// <summary>The Latin rendering of <paramref name="name"/>; "" when it has no letters.</summary>
    public string ToLatin(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "";
        var sb = new StringBuilder(name.Length + 8);
        foreach (var raw in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = FoldWord(raw);
            if (word.Length == 0)
                continue;
            // Latin, digits and other scripts pass through as written
            var latin = IsArabic(word[0]) ? RenderWord(word, sb.Length == 0) : raw;
            if (latin.Length == 0)
                continue;
            if (sb.Length > 0)
                sb.Append(' ');
            sb.Append(latin);
        }
        return sb.ToString();
    }

    /// <summary>One word, lower-case Latin, no article handling: what the model says (for evaluation).</summary>
    internal string DecodeWord(string word) => _model.Decode(FoldWord(word));

    private string RenderWord(string word, bool first)
    {
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) && word != "الله")
        {
            var stem = Capitalize(_model.Decode(word.AsSpan(2)));
            return stem.Length == 0 ? "" : (first ? "Al-" : "al-") + stem;
        }
        return Capitalize(_model.Decode(word));
    }

    /// <summary>The letters the model was trained on: no marks, bare alef for hamza forms, final ة/ى as alef.</summary>
    internal static string FoldWord(string raw)
    {
        var folded = NameSpelling.Fold(raw).Replace(" ", "", StringComparison.Ordinal);
        if (folded.Length > 1 && folded[^1] == NameSpelling.Heh && raw.TrimEnd().EndsWith('ة'))
            folded = string.Concat(folded.AsSpan(0, folded.Length - 1), "ا");
        if (folded.Length > 1 && raw.TrimEnd().EndsWith('ى'))
            folded = string.Concat(folded.AsSpan(0, folded.Length - 1), "ا");
        return folded;
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';

    private static string Capitalize(string s) =>
        s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}

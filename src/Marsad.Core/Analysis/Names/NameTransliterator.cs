using System.Collections.Concurrent;
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
    /// <summary>Decoded words kept before the cache is emptied (names recur: a few thousand cover most of a corpus).</summary>
    private const int CacheLimit = 50_000;

    private readonly TransliterationModel _model;

    // the beam search costs about a millisecond per word and news repeats its names, so each folded word is decoded once
    private readonly ConcurrentDictionary<string, string> _decoded = new(StringComparer.Ordinal);

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
    internal string DecodeWord(string word) => Decode(FoldWord(word));

    private string Decode(string folded)
    {
        if (_decoded.TryGetValue(folded, out var latin))
            return latin;
        latin = _model.Decode(folded);
        if (_decoded.Count >= CacheLimit)
            _decoded.Clear();
        _decoded[folded] = latin;
        return latin;
    }

    private string RenderWord(string word, bool first)
    {
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) && word != "الله")
        {
            var stem = Capitalize(Decode(word[2..]));
            return stem.Length == 0 ? "" : (first ? "Al-" : "al-") + stem;
        }
        return Capitalize(Decode(word));
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

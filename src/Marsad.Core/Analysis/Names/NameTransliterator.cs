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
    /// <summary>How many decoded words are kept; names repeat from article to article, so most words decode once.</summary>
    private const int CacheCapacity = 65_536;

    private readonly TransliterationModel _model;
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
    internal string DecodeWord(string word) => _model.Decode(FoldWord(word));

    private string RenderWord(string word, bool first)
    {
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal) && word != "الله")
        {
            var stem = Capitalize(Decode(word[2..]));
            return stem.Length == 0 ? "" : (first ? "Al-" : "al-") + stem;
        }
        return Capitalize(Decode(word));
    }

    /// <summary>
    /// The model's rendering of one folded word, memoized: the beam search costs far more than a lookup, and the same
    /// names come back in every article. The cache is emptied when full rather than tracked per entry.
    /// </summary>
    private string Decode(string word)
    {
        if (_decoded.TryGetValue(word, out var latin))
            return latin;
        latin = _model.Decode(word);
        if (_decoded.Count >= CacheCapacity)
            _decoded.Clear();
        _decoded[word] = latin;
        return latin;
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

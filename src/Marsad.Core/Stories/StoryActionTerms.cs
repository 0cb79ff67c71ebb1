using System.Collections.Frozen;
using Marsad.Analysis.Keywords;
using Marsad.Text;

namespace Marsad.Stories;

/// <summary>
/// What a report says happens, as opposed to who is involved: the search terms of its headline and lead left after
/// removing the words of its entity mentions, place names (countries and cities, Resources/events/places.tsv) and their
/// nisba adjectives (تركي، أمريكي، السورية), numbers, and the common news words (those in more than
/// <see cref="CommonShare"/> of the reference corpus's documents). Two reports of one crisis name the same actors; what
/// tells its acts apart (الليرة تهبط against تركيا تفرض رسوما) is what is left.
/// </summary>
internal static class StoryActionTerms
{
    /// <summary>A term found in more than this share of the reference documents says nothing about which act a report tells.</summary>
    public const double CommonShare = 0.05;

    private static readonly Lazy<(FrozenSet<string> Names, FrozenSet<string> Countries)> Places = new(LoadPlaces);

    /// <summary>
    /// The action terms of <paramref name="occurrences"/> (headline and lead occurrences of <see cref="ArticleTerms"/>),
    /// each with its idf, distinct, heaviest first; <paramref name="entities"/> are the article's entity mentions, whose
    /// words are left out.
    /// </summary>
    public static List<KeyValuePair<string, float>> Of(IEnumerable<TermOccurrence> occurrences, IReadOnlyList<EntityMention>? entities, DocumentFrequencies df, int max)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities ?? [])
        {
            names.UnionWith(SearchTermAnalyzer.Default.GetTerms(e.Text));
            if (e.Canonical is { Length: > 0 } canonical)
                names.UnionWith(SearchTermAnalyzer.Default.GetTerms(canonical));
        }
        // the idf of a term in CommonShare of the documents: a common term's idf is at most this
        var common = Math.Log((df.DocumentCount + 1.0) / ((df.DocumentCount * CommonShare) + 1.0)) + 1.0;
        var terms = new List<KeyValuePair<string, float>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in occurrences)
        {
            var t = o.Term;
            if (char.IsAsciiDigit(t[0]) || names.Contains(t) || IsPlace(t) || !seen.Add(t))
                continue;
            var idf = df.Idf(t);
            if (idf > common)
                terms.Add(new(t, (float)idf));
        }
        return [.. terms.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(max)];
    }

    /// <summary>
    /// Whether search term <paramref name="term"/> is a place name or its nisba adjective: تركي and تركيه for تركيا,
    /// امريكي for امريكا, مصري for مصر.
    /// </summary>
    public static bool IsPlace(string term)
    {
        var (names, countries) = Places.Value;
        if (names.Contains(term))
            return true;
        foreach (var ending in (ReadOnlySpan<string>)["يون", "يين", "يه", "ي"])
        {
            if (term.Length - ending.Length >= 3 && term.EndsWith(ending, StringComparison.Ordinal) && countries.Contains(term[..^ending.Length]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The search terms of the one-word place names, and the stems country nisbas are made from: the country's term and
    /// the term without a final ا، يا or ه (تركيا → ترك, امريكا → امريك, سعوديه → سعودي), which the adjective adds ي to.
    /// City nisbas are left in: a city's stem is too often the stem of a common word.
    /// </summary>
    private static (FrozenSet<string> Names, FrozenSet<string> Countries) LoadPlaces()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("events/places.tsv").Concat(EmbeddedData.ReadLines("events/places-extra.txt")))
        {
            var columns = line.Split('\t');
            if (columns[0].Contains(' ', StringComparison.Ordinal))
                continue;
            var terms = SearchTermAnalyzer.Default.GetTerms(columns[0]);
            if (terms.Count != 1 || terms[0].Length < 3)
                continue;
            var t = terms[0];
            names.Add(t);
            if (columns.Length < 2 || columns[1] != "country")
                continue;
            countries.Add(t);
            foreach (var ending in (ReadOnlySpan<string>)["يا", "ا", "ه"])
            {
                if (t.Length - ending.Length >= 3 && t.EndsWith(ending, StringComparison.Ordinal))
                    countries.Add(t[..^ending.Length]);
            }
        }
        return (names.ToFrozenSet(StringComparer.Ordinal), countries.ToFrozenSet(StringComparer.Ordinal));
    }
}

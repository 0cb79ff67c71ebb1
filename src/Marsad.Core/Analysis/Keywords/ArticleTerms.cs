using System.Text;
using Marsad.Text;

namespace Marsad.Analysis.Keywords;

/// <summary>
/// The content words of an article in order, each with its search term and written form, and their TF-IDF weights:
/// the shared base of keywords, summaries and story vectors.
/// </summary>
internal static class ArticleTerms
{
    /// <summary>Headline words weigh this much more than body words: a headline names what the article is about.</summary>
    public const double HeadlineBoost = 2.0;

    public static List<TermOccurrence> Occurrences(string? headline, string? text)
    {
        var list = new List<TermOccurrence>();
        var run = 0;
        Add(list, headline, true, -1, ref run);
        if (!string.IsNullOrEmpty(text))
        {
            var sentences = SentenceSplitter.Split(text);
            for (var s = 0; s < sentences.Count; s++)
                Add(list, sentences[s].Text(text), false, s, ref run);
        }
        return list;
    }

    /// <summary>TF-IDF weight of each term: (1 + ln tf) × idf, tf counting headline words <see cref="HeadlineBoost"/> times.</summary>
    public static Dictionary<string, double> Weights(IEnumerable<TermOccurrence> occurrences, DocumentFrequencies df)
    {
        var tf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var o in occurrences)
            tf[o.Term] = tf.GetValueOrDefault(o.Term) + (o.InHeadline ? HeadlineBoost : 1);
        var weights = new Dictionary<string, double>(tf.Count, StringComparer.Ordinal);
        foreach (var (term, count) in tf)
            weights[term] = (1 + Math.Log(count)) * df.Idf(term);
        return weights;
    }

    private static void Add(List<TermOccurrence> list, string? text, bool headline, int sentence, ref int run)
    {
        if (string.IsNullOrEmpty(text))
            return;
        run++;
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            if (!token.IsWord)
            {
                run++;
                continue;
            }
            var word = token.Text(text);
            var terms = SearchTermAnalyzer.Default.GetTerms(word);
            if (terms.Count != 1 || terms[0].Length < 2 || !IsContent(terms[0]))
            {
                run++;
                continue;
            }
            list.Add(new TermOccurrence(terms[0], Surface(word), headline, run, sentence));
        }
        run++;
    }

    private static bool IsContent(string term)
    {
        // a term of one repeated letter or without any letter is noise, not a topic
        var letters = 0;
        foreach (var c in term)
            letters += char.IsLetter(c) ? 1 : 0;
        return letters >= 2;
    }

    /// <summary>The written form without harakat, tatweel or invisible controls.</summary>
    public static string Surface(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (!ArabicLetters.IsDiacritic(c) && c != ArabicLetters.Tatweel && !ArabicLetters.IsInvisibleControl(c))
                sb.Append(c);
        }
        return sb.ToString();
    }
}

namespace Marsad.Text;

internal sealed partial class LightStemmer
{
    private int StripProclitics(Span<char> word, out StopKind stop)
    {
        stop = StopKind.None;
        var s = 0;
        var e = word.Length;
        if (e - s >= 3 && word[s] is ArabicLetters.Waw or ArabicLetters.Feh && AcceptClitic(word[s..e], word[(s + 1)..e], ConjunctionRatio))
        {
            s++;
            stop = _stops.Classify(word[s..e]);
            if (stop != StopKind.None)
                return s;
        }

        var article = false;
        if (e - s >= 4 && word[s] == ArabicLetters.Lam && word[s + 1] == ArabicLetters.Lam && ArticleOk(word[(s + 2)..e]))
        {
            s += 2; // لل is ل + ال with the alef elided
            article = true;
        }
        else if (e - s >= 3 && word[s] is ArabicLetters.Beh or ArabicLetters.Kaf or ArabicLetters.Lam)
        {
            var rest = word[(s + 1)..e];
            if (rest.Length >= 4 && StartsWithArticle(rest) && ArticleOk(rest[2..]))
            {
                s += 3;
                article = true;
            }
            else if (AcceptClitic(word[s..e], rest, PrepositionRatio)
                && (word[s] != ArabicLetters.Kaf || _lexicon.Definite(rest) >= MinEvidence))
            {
                s++;
                stop = _stops.Classify(word[s..e]);
                if (stop != StopKind.None)
                    return s;
            }
        }
        else if (e - s >= 4 && word[s] == ArabicLetters.Seen && word[s + 1] is ArabicLetters.Yeh or ArabicLetters.Teh or ArabicLetters.Noon or ArabicLetters.Alef
            && AcceptClitic(word[s..e], word[(s + 1)..e], PrepositionRatio))
        {
            s++;
        }

        if (!article && e - s >= 4 && StartsWithArticle(word[s..e]) && ArticleOk(word[(s + 2)..e]))
            s += 2;
        return s;
    }

    private static bool StartsWithArticle(ReadOnlySpan<char> w) => w.Length > 2 && w[0] == ArabicLetters.Alef && w[1] == ArabicLetters.Lam;

    /// <summary>May the one-letter clitic before <paramref name="rest"/> be stripped from <paramref name="whole"/>?</summary>
    private bool AcceptClitic(ReadOnlySpan<char> whole, ReadOnlySpan<char> rest, double ratio)
    {
        if (rest.Length < 2)
            return false;
        // the whole's counts are asked next unless the rest is unseen: their reads overlap with the rest's
        _lexicon.PrefetchAttested(whole);
        var restCount = _lexicon.Attested(rest);
        if (restCount == 0)
            restCount = AttestedBehindClitic(rest);
        if (restCount < MinEvidence || restCount < ratio * _lexicon[whole])
            return false;
        // a whole that takes the article is a noun in its own right: وكالة (الوكالة), بحث (البحث), وزير
        var definite = _lexicon.Definite(whole);
        return definite < Math.Max(MinEvidence, DefiniteShare * restCount);
    }

    /// <summary>For an unseen rest (ولميدفيديف → لميدفيديف): how often the word behind its own clitic is seen.</summary>
    private int AttestedBehindClitic(ReadOnlySpan<char> rest)
    {
        if (rest.Length >= 5 && (StartsWithArticle(rest) || (rest[0] == ArabicLetters.Lam && rest[1] == ArabicLetters.Lam)))
            return _lexicon.Attested(rest[2..]);
        if (rest.Length >= 4 && rest[0] is ArabicLetters.Beh or ArabicLetters.Lam or ArabicLetters.Kaf)
            return _lexicon.Attested(rest[1..]);
        return 0;
    }

    /// <summary>May the article be stripped from ال + <paramref name="rest"/>? Depends only on the rest.</summary>
    private bool ArticleOk(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 2)
            return false;
        var definite = _lexicon.WithPrefix("ال", rest);
        var bare = _lexicon[rest];
        if (rest.Length == 2)
            return bare >= Math.Max(MinEvidence, 0.02 * definite) && _stops.Classify(rest) == StopKind.None;
        // ال belongs to the word when the whole takes a second article: الالكترونية, الالماني
        var doubled = _lexicon.WithPrefix("الال", rest);
        if (doubled >= Math.Max(MinEvidence, DefiniteShare * definite))
            return false;
        // a common word whose rest is never seen alone is a verb (ألقاها, التزم) unless it also follows a
        // preposition that only a noun takes: للجزائر, بالجزائر
        if (bare == 0 && definite >= 10)
            return _lexicon.WithPrefix("لل", rest) + _lexicon.WithPrefix("بال", rest) >= MinEvidence;
        return true;
    }
}

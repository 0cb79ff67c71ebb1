namespace Marsad.Analysis.Keywords;

/// <summary>
/// Analysis step "keywords": the terms that distinguish an article from the news at large. Each term is weighed by
/// TF-IDF against <see cref="DocumentFrequencies"/> (headline words count double); two-word phrases that recur
/// (names, "الأمم المتحدة") and entity mentions are scored as one keyword, so names stay whole, and their single
/// words are not listed again. Keywords are shown as the article writes them (its most frequent written form),
/// not as stems.
/// </summary>
public sealed class KeywordExtractor : IAnalysisStep
{
    /// <summary>Keywords given per article.</summary>
    public const int DefaultCount = 8;

    // a term in more than this share of documents says nothing about one of them
    private const double MaxDocumentShare = 0.05;

    // a word only the headline uses must be rarer still: a headline's verbs (يكرر، يبلغ) are not what it is about
    private const double MaxHeadlineOnlyShare = 0.005;

    private readonly DocumentFrequencies? _frequencies;

    /// <summary>An extractor over the shipped document frequencies.</summary>
    public KeywordExtractor()
    {
    }

    /// <summary>An extractor over <paramref name="frequencies"/>, giving at most <paramref name="count"/> keywords.</summary>
    public KeywordExtractor(DocumentFrequencies frequencies, int count = DefaultCount)
    {
        _frequencies = frequencies;
        Count = count;
    }

    public int Count { get; } = DefaultCount;

    public string Name => "keywords";

    private DocumentFrequencies Frequencies => _frequencies ?? DocumentFrequencies.Default;

    public void Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Keywords = Extract(article.Headline, article.Text, article.Entities);
    }

    /// <summary>The keywords of a headline and body, best first.</summary>
    public List<string> Extract(string? headline, string? text, IReadOnlyList<EntityMention>? entities = null)
    {
        var occurrences = ArticleTerms.Occurrences(headline, text);
        if (occurrences.Count == 0)
            return [];
        var df = Frequencies;
        var maxCount = df.DocumentCount * MaxDocumentShare;
        var weights = ArticleTerms.Weights(occurrences, df);
        var candidates = new Dictionary<string, KeywordCandidate>(StringComparer.Ordinal);

        foreach (var o in occurrences)
        {
            if (df.Count(o.Term) > maxCount || char.IsAsciiDigit(o.Term[0]))
                continue;
            Candidate(candidates, o.Term, [o.Term]).Seen(KeywordCandidate.Display(o.Surface), o.InHeadline);
        }
        for (var i = 0; i + 1 < occurrences.Count; i++)
        {
            var (a, b) = (occurrences[i], occurrences[i + 1]);
            if (a.Run != b.Run || char.IsAsciiDigit(a.Term[0]) || char.IsAsciiDigit(b.Term[0]) || df.Count(a.Term) > maxCount && df.Count(b.Term) > maxCount)
                continue;
            Candidate(candidates, a.Term + " " + b.Term, [a.Term, b.Term]).Seen(KeywordCandidate.Display(a.Surface) + " " + b.Surface, a.InHeadline);
        }
        if (entities is not null)
        {
            foreach (var e in entities)
            {
                var parts = ArticleTerms.Occurrences(e.Text, null);
                if (parts.Count is 0 or > 4)
                    continue;
                var key = string.Join(' ', parts.Select(p => p.Term));
                Candidate(candidates, key, [.. parts.Select(p => p.Term)]).SeenEntity(string.Join(' ', parts.Select(p => p.Surface)));
            }
        }

        var scored = candidates.Values
            .Where(c => c.IsWorthy && (c.Count >= 2 || c.IsEntity || c.Terms.Length > 1 || df.Count(c.Terms[0]) <= df.DocumentCount * MaxHeadlineOnlyShare))
            .Select(c => (Candidate: c, Score: c.Score(weights)))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Candidate.Key, StringComparer.Ordinal)
            .ToList();
        var chosen = new List<KeywordCandidate>();
        foreach (var (c, _) in scored)
        {
            if (chosen.Count >= Count)
                break;
            // de-duplicated: nothing already said by a chosen keyword (a name's single word, a phrase's half)
            if (chosen.Any(k => k.Terms.Intersect(c.Terms, StringComparer.Ordinal).Any()))
                continue;
            chosen.Add(c);
        }
        return [.. chosen.Select(c => c.BestSurface).Distinct(StringComparer.Ordinal)];
    }

    private static KeywordCandidate Candidate(Dictionary<string, KeywordCandidate> candidates, string key, string[] terms)
    {
        if (!candidates.TryGetValue(key, out var c))
            candidates[key] = c = new KeywordCandidate(key, terms);
        return c;
    }
}

using Marsad.Analysis.Keywords;
using Marsad.Text;

namespace Marsad.Analysis.Summaries;

/// <summary>
/// Analysis step "summary": an extractive summary of one to three whole sentences of the body, in their original
/// order. News puts the essentials first, so the lead (the first sentence long enough to carry a fact) always opens
/// the summary; up to two more sentences from the first part of the article are added by how much of the article's
/// distinctive vocabulary (TF-IDF) they carry, while the summary stays under <see cref="MaxCharacters"/>.
/// A sentence is never cut: a lead longer than the budget is the whole summary.
/// </summary>
public sealed class Summarizer : IAnalysisStep
{
    /// <summary>Length budget for the summary; only the lead may exceed it, alone.</summary>
    public const int MaxCharacters = 420;

    private const int MaxSentences = 3;
    private const int MinWords = 6;
    private const int LookAhead = 10;

    private readonly DocumentFrequencies? _frequencies;

    public Summarizer()
    {
    }

    public Summarizer(DocumentFrequencies frequencies) => _frequencies = frequencies;

    public string Name => "summary";

    public void Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Summary = Summarize(article.Headline, article.Text);
    }

    /// <summary>The summary of a body (the headline only weighs the vocabulary), or null when it has no sentence worth giving.</summary>
    public string? Summarize(string? headline, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var sentences = SentenceSplitter.Split(text);
        var df = _frequencies ?? DocumentFrequencies.Default;
        var occurrences = ArticleTerms.Occurrences(headline, text);
        var weights = ArticleTerms.Weights(occurrences, df);
        var candidates = new List<(int Index, string Text, double Score)>();
        for (var i = 0; i < sentences.Count && candidates.Count < LookAhead; i++)
        {
            var s = sentences[i].Text(text).Trim();
            var words = occurrences.Where(o => o.Sentence == i).ToList();
            if (words.Count < MinWords || s.EndsWith(':') || s.EndsWith('؟') || s.EndsWith('?'))
                continue;
            // vocabulary carried per word (square root: long sentences are not favoured for their length alone)
            var score = words.Select(o => o.Term).Distinct(StringComparer.Ordinal).Sum(t => weights.GetValueOrDefault(t)) / Math.Sqrt(words.Count);
            candidates.Add((i, s, score));
        }
        if (candidates.Count == 0)
            return null;
        var lead = candidates[0];
        var chosen = new List<(int Index, string Text, double Score)> { lead };
        var length = lead.Text.Length;
        foreach (var c in candidates.Skip(1).OrderByDescending(c => c.Score).ThenBy(c => c.Index))
        {
            if (chosen.Count >= MaxSentences)
                break;
            if (length + 1 + c.Text.Length > MaxCharacters)
                continue;
            chosen.Add(c);
            length += 1 + c.Text.Length;
        }
        return string.Join(' ', chosen.OrderBy(c => c.Index).Select(c => c.Text));
    }
}

using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The "entities" analysis step: tags every sentence of <see cref="Article.Text"/> with <see cref="NerTagger"/> and
/// fills <see cref="Article.Entities"/> with the mentions found, as UTF-16 offsets into the text (end exclusive;
/// <c>Text == article.Text[Start..End]</c>). ANERcorp tags a word with its attached conjunction or preposition
/// (وروسيا is a LOC token); the mention drops that proclitic when what remains is the name (روسيا), and keeps
/// the article, which belongs to the name (الأمم المتحدة). <see cref="EntityMention.Canonical"/> and
/// <see cref="EntityMention.Latin"/> are left to the name-variant step.
/// </summary>
public sealed class EntityRecognizer : IAnalysisStep
{
    private readonly Lazy<NerTagger> _tagger;

    /// <summary>A recognizer with Marsad's shipped model, loaded on first use.</summary>
    public EntityRecognizer()
        : this(() => NerTagger.Default)
    {
    }

    internal EntityRecognizer(Func<NerTagger> tagger) => _tagger = new Lazy<NerTagger>(tagger);

    public string Name => "entities";

    public void Analyze(Article article) => article.Entities = Recognize(article.Text);

    /// <summary>The entity mentions of <paramref name="text"/>, in text order.</summary>
    public List<EntityMention> Recognize(string text)
    {
        var mentions = new List<EntityMention>();
        if (string.IsNullOrEmpty(text))
            return mentions;
        var tagger = _tagger.Value;
        var sentences = new List<IReadOnlyList<string>>();
        var spans = new List<Token[]>();
        var raw = new List<int[]>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var tokens = new List<Token>();
            var words = new List<string>();
            foreach (var token in ArabicTokenizer.Enumerate(text.AsSpan(sentence.Start, sentence.Length)))
            {
                var t = token with { Start = token.Start + sentence.Start };
                tokens.Add(t);
                words.Add(t.Text(text));
            }
            sentences.Add(words);
            spans.Add([.. tokens]);
            var labels = tagger.TagLabels(words);
            NameEdges.Trim(words, labels);
            raw.Add(labels);
        }
        for (var s = 0; s < sentences.Count; s++)
        {
            // an article is short: names found anywhere in it count for every sentence
            var labels = NameConsistency.Apply(sentences, raw, s, 0, sentences.Count);
            GivenNames.Extend(sentences[s], labels); // after consistency: a family name lent alone may follow its given name too
            AddMentions(text, sentences[s], spans[s], labels, tagger, mentions);
        }
        return mentions;
    }

    private static void AddMentions(string text, IReadOnlyList<string> words, Token[] tokens, int[] labels, NerTagger tagger, List<EntityMention> mentions)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside)
                continue;
            var end = i + 1;
            while (end < labels.Length && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == NerLabels.TypeOf(labels[i]))
                end++;
            var first = i;
            var person = NerLabels.TypeOf(labels[i]) == NerLabels.Person;
            if (person)
                first += NisbaTrimmer.LeadingNisbas(words, i, end, tagger.Lexicon.Gazetteer);
            var start = tokens[first].Start + MentionTrimmer.ProcliticLength(words[first], tagger.Lexicon.Clusters, person);
            var stop = tokens[end - 1].End;
            if (HasLetter(text.AsSpan(start, stop - start)))
                mentions.Add(new EntityMention(text[start..stop], NerLabels.Types[NerLabels.TypeOf(labels[i])], start, stop));
            i = end - 1;
        }
    }

    private static bool HasLetter(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (char.IsLetter(c))
                return true;
        }
        return false;
    }
}

namespace Marsad.Analysis.Quotes;

/// <summary>
/// The "quotes" analysis step: every quotation and reported statement in the body with its speaker as written and
/// resolved to the full name the article gives, the reporting cue, the outlet it came through ("via") and whether
/// the words are quoted (direct). Rules follow the quotes gold (shared/data/gold/README.md, section 2): direct quotes
/// in « » “ ” " ", reported speech after أكد أن / أشار إلى أن / دعا إلى …, colon speech, postposed attributions
/// (حسبما ذكرت …), pronoun cues (وأضاف) continuing the last speaker. Uses the entity step's mentions when present and
/// works from titles and name words when not. Offsets are UTF-16 positions in <see cref="Article.Text"/>.
/// </summary>
public sealed class QuoteExtractor : IAnalysisStep
{
    private readonly QuoteLexicon _lexicon = QuoteLexicon.Default;

    public string Name => "quotes";

    public void Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Quotes = Extract(article.Text, article.Entities);
    }

    /// <summary>The quotations of a body text (Article.Text), with entity mentions when the entity step ran.</summary>
    public List<Quotation> Extract(string text, IReadOnlyList<EntityMention>? entities = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        var doc = QuoteDocument.For(text);
        var index = entities is { Count: > 0 } ? EntityIndex.Build(doc, entities) : EntityIndex.Empty;
        var finder = new AttributionFinder(doc, _lexicon, index);
        var found = finder.Find(cancellationToken);
        if (found.Count == 0)
            return [];
        var registry = new SpeakerRegistry(doc, _lexicon);
        foreach (var a in found)
        {
            if (a.Speaker is not null)
                registry.AddPhrase(a.Speaker);
        }
        foreach (var person in index.OfType("PER"))
        {
            if (index.TryFirstToken(person, out var first, out var last) && finder.TrimEntity(first, last) is var end && end >= first)
                registry.AddEntity(first, end);
        }
        foreach (var mention in finder.Mentions)
            registry.AddPhrase(mention);
        registry.ScanDocument();
        string? issuer = null;
        foreach (var a in found)
        {
            var root = a.Root;
            if (root.Speaker is null)
                continue;
            a.SpeakerText = finder.SpeakerText(root.Speaker);
            a.SpeakerCanonical = finder.OutletAntecedent(root.Speaker) ?? registry.Resolve(root.Speaker, a.SpeakerText);
            if (a.SpeakerCanonical == a.SpeakerText)
            {
                // "وأفادت وزارة الخارجية الفرنسية في بيان …. وتابع البيان": a document speaker is the issuer of the last
                // statement made in a document
                a.SpeakerCanonical = registry.Anaphor(root.Speaker) ?? (finder.IsDocumentSpeaker(root.Speaker) ? issuer : null) ?? a.SpeakerCanonical;
            }
            registry.AddDescription(root.Speaker, a.SpeakerCanonical);
            if (finder.InDocument(a))
                issuer = a.SpeakerCanonical;
        }
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        ViaResolver.Resolve(found, finder.FindContexts(), doc);
        var quotes = new List<Quotation>(found.Count);
        foreach (var a in found)
            quotes.Add(new Quotation(text[a.Start..a.End], a.SpeakerText, a.SpeakerCanonical, a.Cue, a.Via, a.Direct, a.Start, a.End));
        return quotes;
    }
}

using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>
/// The "events" analysis step: typed events the body reports (docs/events.md), found from trigger words
/// (Resources/events/triggers.tsv) sentence by sentence — meetings, visits, agreements, threats, protests, sanctions,
/// arrests, attacks, casualties, elections, aid — plus statements and appeals from the quotation step's attributions.
/// Actors come from the entity step when it ran, else from the phrase after a verb trigger, its coordinated partners
/// and "مع X"; the place from "في/إلى + a known place"; the date from the sentence (<see cref="EventDates"/>).
/// Runs after the quotation step.
/// </summary>
public sealed class EventExtractor : IAnalysisStep
{
    private readonly EventLexicon _lexicon = EventLexicon.Default;

    public string Name => "events";

    public void Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Events = Extract(article);
    }

    /// <summary>The events of an analyzed article (its text, entities, quotes and dates).</summary>
    public List<NewsEvent> Extract(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (string.IsNullOrWhiteSpace(article.Text))
            return [];
        var doc = QuoteDocument.For(article.Text);
        var entities = article.Entities.Count > 0 ? EntityIndex.Build(doc, article.Entities) : EntityIndex.Empty;
        var finder = new AttributionFinder(doc, QuoteLexicon.Default, entities);
        finder.LearnNames();
        var reader = new EventReader(doc, _lexicon, finder, entities, article.Quotes,
            new EventDates(doc, _lexicon, EventDates.ReferenceOf(article)));
        var events = new List<NewsEvent>();
        var start = 0;
        while (start < doc.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start;
            while (end < doc.Count && doc.Tokens[end].Sentence == doc.Tokens[start].Sentence)
                end++;
            reader.ReadSentence(start, end, events);
            start = end;
        }
        reader.AddStatements(events);
        events.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Type, b.Type));
        return events;
    }
}

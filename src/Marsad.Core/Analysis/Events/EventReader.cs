using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>Reads the events of one article sentence by sentence (see <see cref="EventExtractor"/>).</summary>
internal sealed partial class EventReader
{
    /// <summary>How far after a trigger the word it needs may come (وقعت … اتفاقية).</summary>
    private const int NeedsWindow = 16;

    private readonly QuoteDocument _doc;
    private readonly EventLexicon _lex;
    private readonly AttributionFinder _phrases;
    private readonly EntityIndex _entities;
    private readonly IReadOnlyList<Quotation> _quotes;
    private readonly EventDates _dates;

    public EventReader(QuoteDocument doc, EventLexicon lexicon, AttributionFinder phrases, EntityIndex entities,
        IReadOnlyList<Quotation> quotes, EventDates dates)
    {
        _doc = doc;
        _lex = lexicon;
        _phrases = phrases;
        _entities = entities;
        _quotes = quotes;
        _dates = dates;
    }

    /// <summary>Adds the events of the sentence made of tokens [first, end): at most one per type.</summary>
    public void ReadSentence(int first, int end, List<NewsEvent> events)
    {
        HashSet<string>? seen = null;
        for (var k = first; k < end; k++)
        {
            ref readonly var t = ref _doc.Tokens[k];
            if (!t.IsWord || t.Quote >= 0 || !_lex.TryTrigger(t.Key, out var trigger))
                continue;
            if (trigger.Needs.Count > 0 && !NeedsWithin(k, end, trigger))
                continue;
            if (trigger.IsVerb && k > first && _doc.Key(k - 1) is "لم" or "لن" or "لا" or "الذي" or "التي")
                continue;
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(trigger.Type))
                continue;
            // victims are counted, not listed; a noun only names its participants for meetings, visits and agreements
            var actors = trigger.Type == "casualties" ? []
                : trigger.IsVerb ? VerbActors(k, end)
                : trigger.Type is "meeting" or "visit" or "agreement" ? NounActors(k, first, end) : [];
            events.Add(new NewsEvent(trigger.Type, actors, Place(first, end, k), _dates.In(first, end), Sentence(first, end))
            {
                Trigger = Surface(k),
                Cameo = trigger.Cameo,
                Count = trigger.Type == "casualties" ? CountNear(k, first, end) : null,
                Start = _doc.Tokens[first].Start,
                End = _doc.Tokens[end - 1].End,
            });
        }
    }

    /// <summary>
    /// Is a word the trigger needs nearby? After a verb within <see cref="NeedsWindow"/> words ("وقعت روسيا وماليزيا …
    /// اتفاقية"); around a noun within a few words ("عقد اجتماعا"، "اجتماع مع"، "قمة بين").
    /// </summary>
    private bool NeedsWithin(int k, int end, EventTrigger trigger)
    {
        var from = trigger.IsVerb ? k + 1 : Math.Max(0, k - 3);
        var to = trigger.IsVerb ? k + NeedsWindow : k + 4;
        for (var j = from; j < end && j <= to; j++)
        {
            if (j == k)
                continue;
            if (!_doc.Tokens[j].IsWord)
                continue;
            var key = _doc.Key(j);
            var bare = QuoteLexicon.StripConjunction(key);
            foreach (var need in trigger.Needs)
            {
                if (key == need || bare == need || (bare.Length > 2 && bare[0] == 'ب' && bare[1..] == need))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Statements and appeals from the quotation step: one event per sentence and speaker, typed by the cue (دعا،
    /// طالب، ناشد، حث → appeal; توعد، هدد → threat; anything else → statement).
    /// </summary>
    public void AddStatements(List<NewsEvent> events)
    {
        var seen = new HashSet<(int, string, string)>();
        foreach (var q in _quotes)
        {
            var speaker = q.SpeakerCanonical ?? q.Speaker;
            if (speaker is null || q.Start < 0 || q.Start >= _doc.Text.Length)
                continue;
            var token = _doc.TokenAt(q.Start);
            var (first, end) = SentenceOf(token);
            var type = AppealCue(q.Cue) ? "appeal" : ThreatCue(q.Cue) ? "threat" : "statement";
            if (!seen.Add((_doc.Tokens[first].Sentence, speaker, type)))
                continue;
            events.Add(new NewsEvent(type, [speaker], null, _dates.In(first, end), Sentence(first, end))
            {
                Trigger = q.Cue,
                Cameo = type == "appeal" ? "020" : type == "threat" ? "130" : "010",
                Start = _doc.Tokens[first].Start,
                End = _doc.Tokens[end - 1].End,
            });
        }
    }

    private static bool AppealCue(string? cue) =>
        cue is not null && QuoteLexicon.Fold(cue) is var k && (k.StartsWith("دع", StringComparison.Ordinal) || k.StartsWith("داعي", StringComparison.Ordinal)
            || k.Contains("طالب", StringComparison.Ordinal) || k.Contains("ناشد", StringComparison.Ordinal) || k.StartsWith("حث", StringComparison.Ordinal)
            || k.StartsWith("حاث", StringComparison.Ordinal));

    private static bool ThreatCue(string? cue) => cue is not null && QuoteLexicon.Fold(cue).Contains("وعد", StringComparison.Ordinal);

    private string Surface(int k) => _doc.Surface(k);

    private string Sentence(int first, int end) => _doc.Text[_doc.Tokens[first].Start.._doc.Tokens[end - 1].End];

    private (int First, int End) SentenceOf(int token)
    {
        var sentence = _doc.Tokens[token].Sentence;
        int first = token, end = token;
        while (first > 0 && _doc.Tokens[first - 1].Sentence == sentence)
            first--;
        while (end < _doc.Count && _doc.Tokens[end].Sentence == sentence)
            end++;
        return (first, end);
    }
}

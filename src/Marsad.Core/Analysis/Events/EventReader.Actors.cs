using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

internal sealed partial class EventReader
{
    /// <summary>
    /// Actors of a verb trigger: its subject (VSO) with the partners coordinated to it ("وقعت روسيا وماليزيا"), the
    /// object of a meeting verb ("استقبل X Y") and the partner after مع.
    /// </summary>
    private List<string> VerbActors(int k, int end)
    {
        var actors = new List<string>();
        var j = SkipAdverbs(k + 1, end);
        var subject = _phrases.PhraseAt(j, end);
        if (subject is not null)
        {
            Add(actors, subject);
            j = Coordinated(subject.Next, end, actors);
            var bare = QuoteLexicon.StripConjunction(_doc.Key(k));
            if (bare.StartsWith("استقبل", StringComparison.Ordinal) || bare.StartsWith("التقي", StringComparison.Ordinal)
                || bare.StartsWith("يستقبل", StringComparison.Ordinal) || bare.StartsWith("يلتقي", StringComparison.Ordinal))
            {
                // "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي …": after a titled name, a title opens
                // the guest, not an apposition
                if (subject.AppositionFirst >= 0 && subject.HasName && subject.NameFirst > subject.First)
                    j = subject.AppositionFirst;
                var partner = _phrases.PhraseAt(SkipAdverbs(j, end), end);
                if (partner is not null && !IsPlace(partner.First, partner.Last + 1))
                {
                    Add(actors, partner);
                    Coordinated(partner.Next, end, actors);
                }
            }
        }
        Partner(k + 1, Math.Min(end, k + 20), actors);
        return actors;
    }

    /// <summary>
    /// Actors of a noun trigger ("خلال اجتماع مع رئيس الوزراء الروسي"): the speaker quoted in the same sentence, else the
    /// sentence's subject, then the partner after مع or the two sides after بين.
    /// </summary>
    private List<string> NounActors(int k, int first, int end)
    {
        var actors = new List<string>();
        var sentenceStart = _doc.Tokens[first].Start;
        var sentenceEnd = _doc.Tokens[end - 1].End;
        foreach (var q in _quotes)
        {
            if (q.Start >= sentenceStart && q.Start < sentenceEnd && (q.SpeakerCanonical ?? q.Speaker) is { } speaker)
            {
                AddText(actors, speaker);
                break;
            }
        }
        if (actors.Count == 0 && _phrases.SentenceSubject(k) is { } subject && subject.Next <= k)
            Add(actors, subject);
        Partner(k + 1, Math.Min(end, k + 6), actors);
        return actors;
    }

    /// <summary>"مع X" (and "بين X و Y") after the trigger.</summary>
    private void Partner(int from, int limit, List<string> actors)
    {
        for (var j = from; j < limit; j++)
        {
            if (!_doc.Tokens[j].IsWord)
                continue;
            var key = _doc.Key(j);
            if (key is not ("مع" or "بين" or "ومع"))
                continue;
            var phrase = _phrases.PhraseAt(j + 1, limit + 8);
            if (phrase is not null)
            {
                Add(actors, phrase);
                Coordinated(phrase.Next, limit + 8, actors);
            }
            return;
        }
    }

    /// <summary>Partners joined to an actor with و ("روسيا وماليزيا", "بين روسيا وماليزيا"); returns the index after them.</summary>
    private int Coordinated(int j, int end, List<string> actors)
    {
        while (j < end && _doc.Tokens[j].IsWord && _doc.Key(j).Length > 2 && _doc.Key(j)[0] == 'و')
        {
            var rest = _doc.Key(j)[1..];
            if (!IsPlace(j, j + 1, stripConjunction: true) && !_phrases.IsKnownName(rest))
                break;
            var phrase = _phrases.PhraseAt(j, end);
            var last = phrase?.Last ?? j;
            AddText(actors, _doc.Text[(_doc.Tokens[j].Start + 1).._doc.Tokens[last].End]);
            j = last + 1;
        }
        return j;
    }

    private int SkipAdverbs(int j, int end)
    {
        while (j < end && _doc.Tokens[j].IsWord && (QuoteLexicon.Default.IsTimeWord(_doc.Key(j)) || _doc.Key(j) is "امس" or "مجددا" or "رسميا"))
            j++;
        return j;
    }

    /// <summary>An actor as the article names it: the name without its titles when there is one.</summary>
    private void Add(List<string> actors, SpeakerPhrase phrase)
    {
        var text = phrase.HasName
            ? _doc.Text[_doc.Tokens[phrase.NameFirst].Start.._doc.Tokens[phrase.NameLast].End]
            : _phrases.SpeakerText(phrase);
        AddText(actors, text);
    }

    /// <summary>Adds an actor once, under the fullest name the quotation step resolved for it.</summary>
    private void AddText(List<string> actors, string text)
    {
        text = text.Trim();
        if (text.Length == 0)
            return;
        var key = QuoteLexicon.Fold(text);
        foreach (var q in _quotes)
        {
            if (q.Speaker is not null && q.SpeakerCanonical is not null
                && (QuoteLexicon.Fold(q.Speaker) == key || QuoteLexicon.Fold(q.Speaker).EndsWith(" " + key, StringComparison.Ordinal)))
            {
                text = q.SpeakerCanonical;
                key = QuoteLexicon.Fold(text);
                break;
            }
        }
        if (!actors.Exists(a => QuoteLexicon.Fold(a) == key))
            actors.Add(text);
    }
}

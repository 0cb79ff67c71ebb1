namespace Marsad.Analysis.Quotes;

/// <summary>One reporting cue of the lexicon: its lemma, behaviour and the prepositions that introduce its content.</summary>
internal sealed record CueEntry(string Lemma, CueFlags Flags, IReadOnlySet<string> Links)
{
    public bool Has(CueFlags flag) => (Flags & flag) != 0;
}

/// <summary>A surface form of a cue: which entry, which shape and which gender.</summary>
internal sealed record CueWord(CueEntry Entry, CueForm Form, CueGender Gender);

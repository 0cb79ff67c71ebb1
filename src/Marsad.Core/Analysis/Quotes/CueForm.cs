namespace Marsad.Analysis.Quotes;

/// <summary>The grammatical shape of a cue word, which decides where its speaker is.</summary>
internal enum CueForm : byte
{
    /// <summary>A finite verb: the speaker follows it (VSO) or precedes it, or is the last speaker.</summary>
    Verb,

    /// <summary>A circumstantial participle (مشيراً): the speaker is the subject of its sentence.</summary>
    Participle,

    /// <summary>A verbal noun (قوله، التأكيد): the speaker is named before it ("عن X قوله").</summary>
    Noun,
}

/// <summary>Grammatical gender/number of a cue form, used to pick the right earlier speaker for a pronoun cue.</summary>
internal enum CueGender : byte
{
    Masculine,
    Feminine,
    Plural,
}

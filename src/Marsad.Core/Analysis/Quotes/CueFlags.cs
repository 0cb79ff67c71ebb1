namespace Marsad.Analysis.Quotes;

/// <summary>How a reporting cue links to its content; the flags column of Resources/quotes/cues.tsv.</summary>
[Flags]
internal enum CueFlags
{
    None = 0,

    /// <summary>A saying word (قال، قوله، قائلاً): it is the cue when it shares a frame with another cue.</summary>
    Say = 1,

    /// <summary>The content may be a bare object after the speaker (أكد ضرورة …).</summary>
    Object = 2,

    /// <summary>An addressee may stand between speaker and content (طالب X بـ…).</summary>
    Address = 4,

    /// <summary>Naming verb (وصف، سمّى): the content is the quoted term.</summary>
    Name = 8,

    /// <summary>Relays another speaker: "نقلت X عن Y".</summary>
    Report = 16,

    /// <summary>Needs its preposition: أعرب/عبّر عن.</summary>
    Express = 32,

    /// <summary>Also an everyday word: counts only when a content marker follows.</summary>
    Strict = 64,

    /// <summary>A verbal noun that counts only with quoted words after it.</summary>
    Quoted = 128,

    /// <summary>حمّل: counts only with مسؤولية as its object.</summary>
    Responsibility = 256,

    /// <summary>"جاء في البيان" / "جاء فيه".</summary>
    Passive = 512,
}

namespace Marsad.Analysis.Quotes;

/// <summary>What a speaker phrase names.</summary>
internal enum SpeakerKind : byte
{
    /// <summary>A personal (or other proper) name, possibly with titles before it.</summary>
    Name,

    /// <summary>A title or role without a name ("المفتي", "وزير الخارجية").</summary>
    Title,

    /// <summary>Any other noun phrase ("الجيش الإسرائيلي", "مسؤولون طبيون فلسطينيون").</summary>
    Description,

    /// <summary>A news outlet or agency ("صحيفة «ديلي ميل» البريطانية").</summary>
    Outlet,
}

/// <summary>
/// A speaker as written: token range of the speaker string (titles before the name included, honorifics, a leading
/// conjunction and trailing appositions excluded), the name part inside it, and the apposition after it
/// ("ياسين مكاوي مستشار الرئيس اليمني": name ياسين مكاوي, apposition مستشار الرئيس اليمني).
/// </summary>
internal sealed record SpeakerPhrase(int First, int Last, int NameFirst, int NameLast, SpeakerKind Kind)
{
    /// <summary>First token of an apposition after the name, or -1.</summary>
    public int AppositionFirst { get; init; } = -1;

    public int AppositionLast { get; init; } = -1;

    /// <summary>Index just past everything the phrase consumed (apposition included).</summary>
    public int Next { get; init; }

    /// <summary>Characters to skip at the start of the first token (a glued preposition or conjunction: لنظيره، والجيش).</summary>
    public int SkipChars { get; init; }

    public bool HasName => NameFirst >= 0;
}

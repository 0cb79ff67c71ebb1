namespace Marsad.Text;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word in Arabic script (letters, with any harakat or tatweel inside it).</summary>
    Arabic,

    /// <summary>A word in Latin (or another non-Arabic) script.</summary>
    Latin,

    /// <summary>A word mixing scripts or letters and digits: "MBC4", "كوفيد19".</summary>
    Mixed,

    /// <summary>A number in ASCII, Arabic-Indic or Persian digits, with thousands and decimal separators: 1,095.50 — ١٠٩٥ — ٣٫٥.</summary>
    Number,

    Url,

    Email,

    /// <summary>#hashtag, Arabic or Latin; underscores join words (#عاصي_الحلاني).</summary>
    Hashtag,

    /// <summary>@handle.</summary>
    Mention,

    /// <summary>One punctuation mark or symbol.</summary>
    Punctuation,
}

namespace Marsad.Storage.Queries;

/// <summary>A stored quotation and where it was reported.</summary>
/// <param name="Article">The article it is in.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">The speaker as written.</param>
/// <param name="SpeakerCanonical">The speaker resolved to a full name.</param>
/// <param name="SpeakerKey">The speaker's entity key.</param>
/// <param name="Cue">The reporting verb.</param>
/// <param name="Via">The outlet or agency it is reported through.</param>
/// <param name="Direct">Quoted words (true) or reported speech (false).</param>
/// <param name="Start">Offset of the quote in the article's text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record QuoteItem(
    ArticleRef Article,
    string Text,
    string? Speaker,
    string? SpeakerCanonical,
    string? SpeakerKey,
    string? Cue,
    string? Via,
    bool Direct,
    int Start,
    int End);

namespace Marsad.Analysis.Quotes;

/// <summary>
/// A quotation found in the body, before speakers are resolved to canonical names and "via" is carried over:
/// the cue, where the speaker was written (or which earlier attribution it continues), the content span and the
/// outlet named in its own frame.
/// </summary>
internal sealed class Attribution
{
    public required int CueToken { get; init; }

    /// <summary>The cue as written, without a leading و/ف/ب.</summary>
    public required string Cue { get; init; }

    public required CueWord CueWord { get; init; }

    /// <summary>The speaker written in this attribution's own frame, or null for a pronoun cue.</summary>
    public SpeakerPhrase? Speaker { get; set; }

    /// <summary>For a pronoun cue: the attribution whose speaker this one continues.</summary>
    public Attribution? Antecedent { get; set; }

    /// <summary>Content span: UTF-16 offsets in Article.Text, end exclusive.</summary>
    public int Start { get; set; }

    public int End { get; set; }

    public bool Direct { get; set; }

    /// <summary>First token after the content (cues before it are embedded in this quote).</summary>
    public int ContentEnd { get; set; }

    public int Sentence { get; set; }

    /// <summary>The outlet named in this attribution's frame ("نقلت وكالة … عن", "في تصريح لـ«…»"), as written.</summary>
    public string? Via { get; set; }

    /// <summary>True when the frame names another occasion or a channel that is not an outlet (في وقت سابق، في بيان، تويتر).</summary>
    public bool OtherOccasion { get; set; }

    /// <summary>Resolved speaker string and canonical name (filled after all attributions are found).</summary>
    public string? SpeakerText { get; set; }

    public string? SpeakerCanonical { get; set; }

    /// <summary>The attribution that first wrote this speaker explicitly (itself when it has a speaker).</summary>
    public Attribution Root => Speaker is not null || Antecedent is null ? this : Antecedent.Root;
}

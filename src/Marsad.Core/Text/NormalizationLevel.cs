namespace Marsad.Text;

/// <summary>How far <see cref="ArabicNormalizer"/> goes.</summary>
public enum NormalizationLevel
{
    /// <summary>
    /// Invisible and presentation fixes only; the text stays as the writer wrote it and readable:
    /// lone surrogates become U+FFFD, zero-width and bidi controls and tatweel are removed, and NFKC maps
    /// presentation forms (U+FB50–FDFF, U+FE70–FEFF), ligatures and full-width forms to base characters.
    /// Harakat and the writer's digits are kept.
    /// </summary>
    Display,

    /// <summary>
    /// Everything in <see cref="Display"/>, then the folds that make spellings meet: harakat and Quranic marks
    /// removed; Arabic-Indic and Persian digits to ASCII; أ إ آ ٱ → ا; ى → ي; ة → ه; hamza carriers ؤ ئ → ء;
    /// Persian letter forms to Arabic; Latin lower-cased.
    /// </summary>
    Matching,
}

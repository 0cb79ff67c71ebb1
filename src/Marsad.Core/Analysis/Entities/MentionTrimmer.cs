using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// How many characters of a mention's first token are an attached conjunction or preposition to leave out of the
/// mention (وروسيا → skip و; in a person's name ومودريتيش too, <see cref="Proclitics.IsRareConjoined"/>). Uses
/// <see cref="Proclitics"/> on the normalized word, then maps the normalized length back onto the original characters
/// (harakat and tatweel inside the proclitic go with it). Nothing is trimmed when the remainder is not a substring of
/// the text (للأمم: the article's alef is not written), nor a lone ك (كاين, كريان are names).
/// </summary>
internal static class MentionTrimmer
{
    /// <param name="token">The mention's first token as written.</param>
    /// <param name="clusters">The corpus frequencies the split weighs.</param>
    /// <param name="person">
    /// Whether the mention is a person's name: only then is a rare word read as و + a name (ومودريتيش, as the tagger
    /// splits "لوفرين ومودريتيش" into two people); a place such as ورزازات is written with its و.
    /// </param>
    public static int ProcliticLength(string token, WordClusters clusters, bool person = false)
    {
        var word = NerText.Normalize(token);
        var length = Proclitics.Split(word, clusters, out var remainder);
        if (length == 0 && person && Proclitics.IsRareConjoined(word, clusters))
            (length, remainder) = (1, word[1..]);
        // a lone ك ("like") before a name is rare in news, names that start with ك are not: كاين is not ك + اين, nor
        // كريان ك + ريان, however common the remainder is as a word
        if (length == 0 || (length == 1 && word[0] == 'ك') || !word.AsSpan(length).SequenceEqual(remainder))
            return 0;
        var counted = 0;
        var i = 0;
        while (i < token.Length && counted < length)
        {
            if (ArabicNormalizer.FoldMatching(token[i]) != '\0')
                counted++;
            i++;
        }
        while (i < token.Length && (ArabicLetters.IsDiacritic(token[i]) || token[i] == ArabicLetters.Tatweel || ArabicLetters.IsInvisibleControl(token[i])))
            i++;
        return i < token.Length ? i : 0;
    }
}

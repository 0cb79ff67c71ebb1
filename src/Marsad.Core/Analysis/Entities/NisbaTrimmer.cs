namespace Marsad.Analysis.Entities;

/// <summary>
/// Leaves a leading nationality adjective out of a person mention: in "لنظيره الروسي ميدفيديف" the person is ميدفيديف,
/// الروسي says where he is from. A token counts as one when it is ال + a known place's stem + ي/ية (الروسي ← روسيا,
/// الماليزي ← ماليزيا, الصيني ← الصين), the place being in the geo-names gazetteer; a surname of that shape
/// (الحريري) has no such place and stays.
/// </summary>
internal static class NisbaTrimmer
{
    /// <summary>How many leading tokens of the person mention <paramref name="words"/>[start, end) are nationality adjectives.</summary>
    public static int LeadingNisbas(IReadOnlyList<string> words, int start, int end, Gazetteer gazetteer)
    {
        var skipped = 0;
        while (end - (start + skipped) >= 2 && IsNisba(NerText.Normalize(words[start + skipped]), gazetteer))
            skipped++;
        return skipped;
    }

    /// <summary>
    /// Whether the normalized <paramref name="word"/> is a masculine nationality adjective (الفرنسي, not الفرنسية):
    /// ال + a known place's stem + ي, or one of the few whose stem is not the place's (الانجليزي ← إنجلترا).
    /// </summary>
    public static bool IsMasculineNisba(string word, Gazetteer gazetteer) =>
        word.Length >= 5 && word[^1] == 'ي' && !Compass.Contains(word)
        && (IrregularMasculine.Contains(word) || IsNisba(word, gazetteer));

    /// <summary>Adjectives of direction: their stems name places (الجنوب) but they say which part (لبنان الجنوبي).</summary>
    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاوسط", "الادني", "الاقصي",
    };

    /// <summary>Nationality adjectives whose stem is not their country's name, as <see cref="NerText.Normalize"/> writes them.</summary>
    private static readonly HashSet<string> IrregularMasculine = new(StringComparer.Ordinal)
    {
        "الانجليزي", "الانكليزي", "الانقليزي", "النمساوي", "الويلزي", "الاسكتلندي", "الاسكوتلندي",
    };

    private static bool IsNisba(string word, Gazetteer gazetteer)
    {
        if (word.Length < 5 || !word.StartsWith("ال", StringComparison.Ordinal))
            return false;
        string stem;
        if (word.EndsWith("يه", StringComparison.Ordinal))
            stem = word[2..^2];
        else if (word[^1] == 'ي')
            stem = word[2..^1];
        else
            return false;
        if (stem.Length < 2)
            return false;
        var mask = Gazetteer.SourceMask(NerLexicon.GeoSource);
        foreach (var place in new[] { stem, stem + "ا", stem + "يا", "ال" + stem })
        {
            if (gazetteer.LongestAt([place], 0, place, mask, out _) == 1)
                return true;
        }
        return false;
    }
}

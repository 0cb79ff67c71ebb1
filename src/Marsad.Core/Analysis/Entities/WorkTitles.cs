namespace Marsad.Analysis.Entities;

/// <summary>
/// Titles of works written in quotation marks right after the word for the work (مسلسل « اللقيطة »، رواية « أولاد
/// حارتنا »، برنامج « نجم الخليج »): when the model left such a title entirely O, it is tagged MISC, as ANERcorp
/// annotates most of them. A title is one to six words between quotation marks, and the word for the work is among the
/// three tokens before the opening mark (برنامجا تليفزيونيا « … » too).
/// </summary>
internal static class WorkTitles
{
    /// <summary>Stems of the words for works, as <see cref="NerText.Normalize"/> writes them (رواية → روايه).</summary>
    private static readonly string[] Stems = ["برنامج", "فيلم", "مسلسل", "روايه", "روايات", "روايت", "كتاب", "اغنيه", "البوم", "مسرحيه", "ديوان", "قصيده"];

    private const int MaxWords = 6;
    private const int CueWindow = 3;

    public static void Tag(IReadOnlyList<string> tokens, int[] labels)
    {
        var n = tokens.Count;
        for (var i = 1; i < n; i++)
        {
            if (!IsQuote(tokens[i]))
                continue;
            var open = i;
            while (i < n && IsQuote(tokens[i]))
                i++;
            var start = i;
            while (i < n && !IsQuote(tokens[i]) && i - start <= MaxWords)
                i++;
            // i is at the closing mark when there is one; the loop's i++ then steps past it
            if (i >= n || !IsQuote(tokens[i]) || i == start || i - start > MaxWords || !HasCue(tokens, open))
                continue;
            // the title all O, and the closing mark after it not continuing a name
            if (!NerLabels.IsUntagged(labels, start, i - start) || !HasLetter(tokens, start, i))
                continue;
            NerLabels.Mark(labels, start, i - start, NerLabels.Misc);
        }
    }

    private static bool HasCue(IReadOnlyList<string> tokens, int open)
    {
        for (var k = Math.Max(0, open - CueWindow); k < open; k++)
        {
            var word = NerText.Normalize(tokens[k]);
            foreach (var stem in Stems)
            {
                if (word.Contains(stem, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    /// <summary>A quotation mark as the tokenizer leaves it (« » " “ ” ' '').</summary>
    public static bool IsQuote(string token) => token is "«" or "»" or "\"" or "“" or "”" or "'" or "''";

    private static bool HasLetter(IReadOnlyList<string> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Any(char.IsLetter))
                return true;
        }
        return false;
    }
}

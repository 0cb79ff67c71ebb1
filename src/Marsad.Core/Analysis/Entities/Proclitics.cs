namespace Marsad.Analysis.Entities;

/// <summary>
/// Separates the conjunctions and prepositions Arabic writes attached to a word (و ف, then ب ل ك) from the word,
/// guarded by corpus frequency: وروسيا → و + روسيا because روسيا is far more frequent than وروسيا, but بوتين,
/// لبنان and فرنسا stay whole because وتين, بنان and رنسا are not more frequent than they are. ل before the
/// article drops the article's alef (للأمم = ل + الأمم); the remainder is then restored with its alef.
/// Works on <see cref="NerText"/>-normalized words.
/// </summary>
internal static class Proclitics
{
    private static readonly string[] Candidates = ["وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك"];

    /// <summary>The least length of what remains, so a particle is never taken for a name (بأن is not ب + أن).</summary>
    private const int MinimumRemainder = 3;

    /// <summary>The least corpus frequency of what remains.</summary>
    private const int MinimumFrequency = 3;

    /// <summary>
    /// The proclitic's length in <paramref name="word"/> (0 when none is split off) and the word without it
    /// (with the article's alef restored after ل).
    /// </summary>
    public static int Split(string word, WordClusters clusters, out string remainder)
    {
        remainder = word;
        if (word.Length < MinimumRemainder + 1 || !IsCandidateStart(word[0]))
            return 0;
        var own = clusters.Frequency(word);
        var best = 0;
        var bestFrequency = Math.Max(own, MinimumFrequency - 1);
        string? bestRemainder = null;
        foreach (var prefix in Candidates)
        {
            if (!word.StartsWith(prefix, StringComparison.Ordinal))
                continue;
            var rest = word[prefix.Length..];
            // ل + article: للامم is ل + الامم
            if (prefix[^1] == 'ل' && rest.Length > 0 && rest[0] == 'ل')
                rest = "ا" + rest;
            if (rest.Length < MinimumRemainder)
                continue;
            var frequency = clusters.Frequency(rest);
            if (frequency > bestFrequency)
            {
                best = prefix.Length;
                bestFrequency = frequency;
                bestRemainder = rest;
            }
        }
        if (bestRemainder is null)
            return 0;
        remainder = bestRemainder;
        return best;
    }

    /// <summary>The least corpus frequency at which a word starting with و is taken as written (a name such as وحيد).</summary>
    private const int ConjoinedWordEvidence = 3;

    /// <summary>
    /// Whether a word too rare in the corpus for <see cref="Split"/>'s evidence (ومودريتيش، وخوانفران) still carries the
    /// conjunction و: و followed by a consonant, five letters or more. Names that begin with و write a vowel letter or
    /// ه، ل after it (ووكر، ويليامز، وارنر، وهبي، ولد); the Arabic ones written with a consonant are frequent words
    /// (وحيد، وديع) or four letters long, too few to tell (وقاف، وقاص).
    /// </summary>
    public static bool IsRareConjoined(string word, WordClusters clusters) =>
        word.Length >= 5 && word[0] == 'و' && word[1] is not ('ا' or 'ي' or 'و' or 'ه' or 'ل' or 'ئ')
        && clusters.Frequency(word) < ConjoinedWordEvidence;

    /// <summary>Without the definite article: الصين → صين (the form the bare-word features share).</summary>
    public static string WithoutArticle(string word) =>
        word.Length >= 5 && word[0] == 'ا' && word[1] == 'ل' ? word[2..] : word;

    private static bool IsCandidateStart(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك';
}

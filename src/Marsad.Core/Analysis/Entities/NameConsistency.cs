namespace Marsad.Analysis.Entities;

/// <summary>
/// One name, one reading within a stretch of text: when the tagger tags a token sequence as a name in one sentence,
/// the same sequence left untagged in a nearby sentence (within <see cref="Window"/> sentences, or the same article)
/// is tagged the same way. News repeats its names, and the tagger is surer in some contexts than in others (an
/// unknown club after "فريق" but not in "بالتعادل مع أسيك"). Measured on the dev split: about +1 point micro-F1.
/// Only sequences of at least 3 characters, only over tokens tagged O, never cutting into a following I- tag. A
/// person named in full also lends its last word (of at least 4 letters, not after a particle such as آل or بن) as a
/// one-word person name: فلاديمير بوتن … وكرر بوتن (on 2018 news +1.6 points micro-F1; docs/benchmarks.md, "Family names").
/// </summary>
internal static class NameConsistency
{
    public const int Window = 10;

    private const int MinimumCharacters = 3;

    /// <summary>Shortest last word of a full name that is propagated alone (ذهب, حسن are words as well as names).</summary>
    private const int MinimumFamilyName = 4;

    /// <summary>
    /// Words that make the next one part of a compound family name or a patronymic, which is not lent alone: الشيخ of
    /// آل الشيخ is a title on its own, عبدالعزيز of سلمان بن عبدالعزيز another man.
    /// </summary>
    internal static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "بن", "ابن", "بنت", "آل", "أبو", "ابو", "أبي", "ابي", "عبد", "أم", "ام", "ولد" };

    /// <summary>
    /// The labels of sentence <paramref name="target"/> with the names that the tagger found in sentences
    /// [<paramref name="from"/>, <paramref name="to"/>) (their raw labels) added where the same tokens were left O.
    /// </summary>
    public static int[] Apply(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<int[]> raw, int target, int from, int to)
    {
        var names = new Dictionary<string, (string[] Tokens, int[] Counts)>(StringComparer.Ordinal);
        for (var s = from; s < to; s++)
        {
            var labels = raw[s];
            for (var i = 0; i < labels.Length; i++)
            {
                if (!NerLabels.IsBegin(labels[i]))
                    continue;
                var end = i + 1;
                while (end < labels.Length && labels[end] == labels[i] + 1)
                    end++;
                var tokens = new string[end - i];
                for (var k = i; k < end; k++)
                    tokens[k - i] = sentences[s][k];
                Count(names, tokens, NerLabels.TypeOf(labels[i]));
                // a person named in full is named by the family name alone afterwards (فلاديمير بوتن … وقال بوتن)
                if (NerLabels.TypeOf(labels[i]) == NerLabels.Person && tokens.Length > 1 && tokens[^1].Length >= MinimumFamilyName && !NameParticles.Contains(tokens[^2]))
                    Count(names, [tokens[^1]], NerLabels.Person);
                i = end - 1;
            }
        }
        var result = (int[])raw[target].Clone();
        if (names.Count == 0)
            return result;
        var words = sentences[target];
        // longer names first, so "حزب الليكود" is placed before "الليكود" could be
        foreach (var (tokens, counts) in names.Values.OrderByDescending(n => n.Tokens.Length).ThenBy(n => string.Join(' ', n.Tokens), StringComparer.Ordinal))
        {
            if (tokens.Sum(t => t.Length) < MinimumCharacters)
                continue;
            var type = 0;
            for (var t = 1; t < counts.Length; t++)
            {
                if (counts[t] > counts[type])
                    type = t;
            }
            for (var i = 0; i + tokens.Length <= words.Count; i++)
            {
                if (!Matches(words, result, i, tokens))
                    continue;
                NerLabels.Mark(result, i, tokens.Length, type);
                i += tokens.Length - 1;
            }
        }
        return result;
    }

    private static void Count(Dictionary<string, (string[] Tokens, int[] Counts)> names, string[] tokens, int type)
    {
        var key = string.Join('\u0001', tokens);
        if (!names.TryGetValue(key, out var entry))
            names[key] = entry = (tokens, new int[NerLabels.Types.Length]);
        entry.Counts[type]++;
    }

    private static bool Matches(IReadOnlyList<string> words, int[] labels, int start, string[] tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (labels[start + k] != NerLabels.Outside || !string.Equals(words[start + k], tokens[k], StringComparison.Ordinal))
                return false;
        }
        var next = start + tokens.Length;
        return next >= labels.Length || !NerLabels.IsInside(labels[next]);
    }
}

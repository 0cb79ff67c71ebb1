namespace Marsad.Analysis.Entities;

/// <summary>
/// Takes a person's given name into the name when the tagger began the name on the family name and left the given
/// name written right before it outside or as a name of its own (حسين | الشحات, هاري | كاين, صلاح الدين | ديمرتاش,
/// عبد الملك | الحوثي):
/// ANERcorp's convention, and the reader's, is the full name. The given names are the hand-written list
/// <c>gazetteers/given-names.txt</c> (one- and two-word names, compared as written, harakat and tatweel aside), which
/// leaves out names that are also common words; a name after عبد is taken in with it.
/// </summary>
internal static class GivenNames
{
    public const string Resource = "gazetteers/given-names.txt";

    private static readonly HashSet<string> Names = Load();

    private static readonly int BeginPerson = NerLabels.Begin(NerLabels.Person);

    /// <summary>Rewrites <paramref name="labels"/> (BIO over <paramref name="words"/>) so a person's name starts on its given name.</summary>
    public static void Extend(IReadOnlyList<string> words, int[] labels)
    {
        for (var i = 1; i < labels.Length; i++)
        {
            // a name after the conjunction و is the next of a list (نيمار وغابريال جيسوس), not a family name
            if (labels[i] != BeginPerson || words[i].StartsWith('و'))
                continue;
            // the given name is outside the name, or tagged as a person of its own (حسين | الشحات as two names)
            var previous = labels[i - 1];
            var alone = previous == BeginPerson ? 1 : (previous == BeginPerson + 1 && i >= 2 && labels[i - 2] == BeginPerson) ? 2 : 0;
            var start = i;
            if (alone == 1 || previous == NerLabels.Outside)
            {
                if (i >= 2 && (labels[i - 2] == NerLabels.Outside || (alone == 1 && labels[i - 2] != BeginPerson + 1)) && IsCompound(words[i - 2], words[i - 1]))
                    start = i - 2;
                else if (Names.Contains(NerText.WithoutMarks(words[i - 1])))
                    start = i - 1;
            }
            else if (alone == 2 && IsCompound(words[i - 2], words[i - 1]))
            {
                start = i - 2;
            }
            if (start == i)
                continue;
            labels[start] = BeginPerson;
            for (var k = start + 1; k <= i; k++)
                labels[k] = BeginPerson + 1;
        }
    }

    /// <summary>A two-word given name: عبد and the name after it (عبد الملك), or a listed compound (صلاح الدين).</summary>
    private static bool IsCompound(string first, string second) =>
        NerText.WithoutMarks(first) == "عبد" || Names.Contains(NerText.WithoutMarks(first) + " " + NerText.WithoutMarks(second));

    private static HashSet<string> Load()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines(Resource))
            names.Add(string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NerText.WithoutMarks)));
        return names;
    }
}

namespace Marsad.Analysis.Entities;

/// <summary>
/// The tagger's labels: BIO over PER LOC ORG MISC in a fixed order (O, B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG,
/// B-MISC, I-MISC). ANERcorp writes persons as PERS; <see cref="Parse"/> reads both.
/// </summary>
internal static class NerLabels
{
    public const int Count = 9;

    public const int Outside = 0;

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    /// <summary>Entity types in label order: label 2k+1 begins type k, 2k+2 continues it.</summary>
    public static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];

    /// <summary>Index of PER in <see cref="Types"/>.</summary>
    public const int Person = 0;

    /// <summary>Index of LOC in <see cref="Types"/>.</summary>
    public const int Location = 1;

    /// <summary>Index of ORG in <see cref="Types"/>.</summary>
    public const int Organisation = 2;

    /// <summary>Index of MISC in <see cref="Types"/>.</summary>
    public const int Misc = 3;

    /// <summary>The label that begins a name of type <paramref name="type"/> (an index into <see cref="Types"/>).</summary>
    public static int Begin(int type) => 1 + (2 * type);

    /// <summary>The label that continues a name of type <paramref name="type"/>.</summary>
    public static int Inside(int type) => 2 + (2 * type);

    /// <summary>Labels tokens <paramref name="start"/> … <paramref name="start"/> + <paramref name="length"/> - 1 as one name of type <paramref name="type"/>.</summary>
    public static void Mark(int[] labels, int start, int length, int type)
    {
        labels[start] = Begin(type);
        for (var k = start + 1; k < start + length; k++)
            labels[k] = Inside(type);
    }

    /// <summary>
    /// True when tokens <paramref name="start"/> … <paramref name="start"/> + <paramref name="length"/> - 1 are all O
    /// and the token after them does not continue a name: the run can be labelled as a name of its own.
    /// </summary>
    public static bool IsUntagged(int[] labels, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (labels[k] != Outside)
                return false;
        }
        return start + length >= labels.Length || !IsInside(labels[start + length]);
    }

    public static bool IsBegin(int label) => label % 2 == 1;

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    /// <summary>Index into <see cref="Types"/> of a non-O label.</summary>
    public static int TypeOf(int label) => (label - 1) / 2;

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start) in valid BIO.</summary>
    public static bool CanFollow(int previous, int next) =>
        !IsInside(next) || (previous > 0 && TypeOf(previous) == TypeOf(next));

    /// <summary>Reads a BIO tag (O, B-PER, I-PERS, …); unknown tags are O, as conlleval reads them for the model.</summary>
    public static int Parse(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I'))
            return Outside;
        var type = tag.AsSpan(2);
        var index = type switch
        {
            "PER" or "PERS" => 0,
            "LOC" => 1,
            "ORG" => 2,
            "MISC" => 3,
            _ => -1,
        };
        if (index < 0)
            return Outside;
        return 1 + (2 * index) + (tag[0] == 'I' ? 1 : 0);
    }
}

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

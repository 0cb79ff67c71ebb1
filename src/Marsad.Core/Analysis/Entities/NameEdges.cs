namespace Marsad.Analysis.Entities;

/// <summary>
/// Takes function words and titles off the edges of tagged names. A preposition, particle, adverb, reporting verb or
/// title (أمام, أيضا, بدلا, أشاد, مفتي) is never the first or last word of a person's, place's or organisation's name,
/// but a CRF that has just read a name it does not know often runs it on into the next word (ميتشل أمام, فيرمينو بدلا,
/// دويتشه بنك أيضا) or into the title of its apposition (آل الشيخ مفتي عام السعودية). The words are the hand-written
/// list <c>gazetteers/name-edges.txt</c>, which leaves out words that are also name parts (على = علي, هو of Hu Jintao,
/// كي of Ban Ki-moon, الشيخ of آل الشيخ). MISC names are left alone: a title of a work may start or end with any word.
/// A name left with no word is no name.
/// <para>
/// The other way round, a person's name never ends on a connector (بن، آل، أبو، عبد، ولد): a name the model stopped
/// there (علي بن أبي | طالب، حمد بن عيسى آل | خليفة) takes in the next word when that word is untagged and not on
/// the list.
/// </para>
/// </summary>
internal static class NameEdges
{
    public const string Resource = "gazetteers/name-edges.txt";

    private static readonly HashSet<string> Words = Load();

    /// <summary>
    /// Words that join a person's name to the next part of it, as written (harakat aside): the name particles of
    /// <see cref="NameConsistency"/>, except أم, which at a name's end is more often the conjunction "or".
    /// </summary>
    private static readonly HashSet<string> Connectors =
        new(NameConsistency.NameParticles.Where(w => w is not ("أم" or "ام")), StringComparer.Ordinal);

    /// <summary>Rewrites <paramref name="labels"/> (BIO over <paramref name="words"/>) so no name starts or ends on a function word.</summary>
    public static void Trim(IReadOnlyList<string> words, int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Outside)
                continue;
            var type = NerLabels.TypeOf(labels[i]);
            var end = i + 1;
            while (end < labels.Length && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == type)
                end++;
            if (type != NerLabels.Misc)
            {
                var first = i;
                var last = end - 1;
                while (first <= last && IsEdgeWord(words[first]))
                    first++;
                while (last >= first && IsEdgeWord(words[last]))
                    last--;
                if (first != i || last != end - 1)
                {
                    for (var k = i; k < end; k++)
                        labels[k] = NerLabels.Outside;
                    if (first <= last)
                        NerLabels.Mark(labels, first, last - first + 1, type);
                }
                if (type == NerLabels.Person && first <= last)
                {
                    while (last + 1 < labels.Length && Connectors.Contains(NerText.WithoutMarks(words[last]))
                        && labels[last + 1] == NerLabels.Outside && words[last + 1].Any(char.IsLetter) && !IsEdgeWord(words[last + 1]))
                        labels[++last] = NerLabels.Inside(type);
                    end = Math.Max(end, last + 1);
                }
            }
            i = end - 1;
        }
    }

    /// <summary>True if <paramref name="word"/> is on the list as written (harakat and tatweel aside: <see cref="NerText.WithoutMarks"/>).</summary>
    public static bool IsEdgeWord(string word) => Words.Contains(NerText.WithoutMarks(word));

    private static HashSet<string> Load() => new(EmbeddedData.ReadLines(Resource).Select(NerText.WithoutMarks), StringComparer.Ordinal);
}

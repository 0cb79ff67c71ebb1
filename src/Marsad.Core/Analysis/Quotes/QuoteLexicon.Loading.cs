using System.Collections.Frozen;

namespace Marsad.Analysis.Quotes;

internal sealed partial class QuoteLexicon
{
    private static QuoteLexicon Load()
    {
        var outletHeads = new List<string>();
        var outletNames = new List<string[]>();
        var quotedOutlets = new List<string[]>();
        var notOutlets = new List<string>();
        foreach (var line in EmbeddedData.ReadLines("quotes/outlets.txt"))
        {
            if (line.StartsWith("head:", StringComparison.Ordinal))
                outletHeads.Add(Fold(line[5..]));
            else if (line.StartsWith("quoted:", StringComparison.Ordinal))
                quotedOutlets.Add(Words(line[7..]));
            else if (line.StartsWith("not:", StringComparison.Ordinal))
                notOutlets.Add(string.Join(' ', Words(line[4..])));
            else
                outletNames.Add(Words(line));
        }
        return new QuoteLexicon
        {
            Cues = LoadCues(),
            Titles = Set("quotes/titles.txt", StripArticle),
            Honorifics = [.. EmbeddedData.ReadLines("quotes/honorifics.txt").Select(Words).OrderByDescending(w => w.Length)],
            FunctionWords = Set("quotes/function-words.txt"),
            TimeWords = Set("quotes/time-words.txt"),
            Connectors = Set("quotes/name-connectors.txt"),
            GivenNames = Set("quotes/given-names.txt"),
            CommonNouns = Set("quotes/common-nouns.txt", StripArticle),
            DescriptionHeads = Set("quotes/description-heads.txt"),
            OutletHeads = outletHeads.ToFrozenSet(StringComparer.Ordinal),
            OutletNames = [.. outletNames.OrderByDescending(w => w.Length)],
            QuotedOutletNames = quotedOutlets,
            NotOutlets = notOutlets.ToFrozenSet(StringComparer.Ordinal),
            Adjuncts = [.. EmbeddedData.ReadLines("quotes/adjuncts.txt").Select(l => l.StartsWith("always:", StringComparison.Ordinal)
                ? (Words(l[7..]), true) : (Words(l), false))],
            PostposedOpeners = [.. EmbeddedData.ReadLines("quotes/postposed.txt").Select(Words).OrderByDescending(w => w.Length)],
            FramePhrases = [.. EmbeddedData.ReadLines("quotes/frame-phrases.txt").Select(Words)],
        };
    }

    /// <summary>The folded words of a lexicon line.</summary>
    internal static string[] Words(string line) =>
        [.. line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Fold)];

    private static FrozenSet<string> Set(string resource, Func<string, string>? transform = null) =>
        EmbeddedData.ReadLines(resource).Select(Fold).Select(transform ?? (s => s)).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, CueWord> LoadCues()
    {
        var cues = new Dictionary<string, CueWord>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("quotes/cues.tsv"))
        {
            var columns = line.Split('\t');
            if (columns.Length < 6)
                throw new InvalidDataException($"quotes/cues.tsv: expected 6 columns in '{line}'");
            var flags = CueFlags.None;
            foreach (var flag in columns[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (flag != "-")
                    flags |= Enum.Parse<CueFlags>(flag, ignoreCase: true);
            }
            var links = columns[2] == "-" ? [] : Words(columns[2]);
            var entry = new CueEntry(columns[0], flags, links.ToFrozenSet(StringComparer.Ordinal));
            Add(cues, entry, columns[3], CueForm.Verb);
            Add(cues, entry, columns[4], CueForm.Participle);
            Add(cues, entry, columns[5], CueForm.Noun);
        }
        return cues.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, CueWord> cues, CueEntry entry, string column, CueForm form)
    {
        if (column == "-")
            return;
        var forms = Words(column);
        var set = forms.ToHashSet(StringComparer.Ordinal);
        foreach (var word in forms)
            cues.TryAdd(word, new CueWord(entry, form, GenderOf(word, form, set)));
    }

    /// <summary>
    /// Third-person gender/number from the shape of a folded form, checked against the other forms of the same column
    /// so that a verb whose stem happens to start or end with ت (تابع، لفت) is not read as feminine:
    /// قالت (قال), دعت (دعا), تقول (يقول), مضيفة → feminine; قالوا، يقولون، مضيفين → plural.
    /// </summary>
    private static CueGender GenderOf(string word, CueForm form, HashSet<string> forms)
    {
        if (word.EndsWith("وا", StringComparison.Ordinal) || word.EndsWith("ون", StringComparison.Ordinal)
            || (form == CueForm.Participle && word.EndsWith("ين", StringComparison.Ordinal)))
            return CueGender.Plural;
        if (form == CueForm.Participle)
            return word.EndsWith('ه') ? CueGender.Feminine : CueGender.Masculine;
        if (form != CueForm.Verb || word.Length < 3)
            return CueGender.Masculine;
        foreach (var pronoun in (ReadOnlySpan<string>)["هما", "هم", "ها", "ه"])
        {
            // an object pronoun is not the subject's gender: وصفتها is وصفت (feminine), وصفها is وصف
            if (word.EndsWith(pronoun, StringComparison.Ordinal) && forms.Contains(word[..^pronoun.Length]))
                return GenderOf(word[..^pronoun.Length], form, forms);
        }
        if (word.EndsWith('ت'))
        {
            var stem = word[..^1];
            if (forms.Contains(stem) || forms.Contains(stem + "ا") || forms.Contains(stem + "ي"))
                return CueGender.Feminine;
        }
        if (word[0] == 'ت' && forms.Contains("ي" + word[1..]))
            return CueGender.Feminine;
        return CueGender.Masculine;
    }
}

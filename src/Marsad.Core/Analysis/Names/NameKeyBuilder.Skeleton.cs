using System.Text;

namespace Marsad.Analysis.Names;

internal sealed partial class NameKeyBuilder
{
    private const char Sheen = 'ش';
    private const char Seen = 'س';

    /// <summary>
    /// The consonant skeleton of a name's words, read as one letter sequence (so spacing does not matter). Rules:
    /// <list type="number">
    /// <item>A word-final heh (from ة) is read as alef: أسمرة = أسمرا، حمزة = حمزه.</item>
    /// <item>Protected words are kept letter for letter.</item>
    /// <item>Letters that foreign names spell either way meet: تش → ش (سناب تشات = سناب شات), ج → غ (جوجل = غوغل),
    ///   ط → ت, ص → س, ض → د, ظ → ز (دميرطاش = دميرتاش).</item>
    /// <item>A final Slavic -ić written يتش is read as يك (بيتروفيتش = بيتروفيك), and an initial German or Slavic
    ///   st- written شت as ست in words of five letters or more (شتاينماير = ستاينماير، شتيفان = ستيفان; not شتات).</item>
    /// <item>Alef is dropped except as the name's first or last letter (أوباما، كمبوديا = كامبوديا).</item>
    /// <item>و and ي are consonants before a long-vowel letter (كيليان: the y of -lian) and as first or last letter;
    ///   elsewhere they write vowels and are dropped (ميدفيديف = مدفيديف); a pair وي / يو between consonants is
    ///   one vowel (بوينس = بيونس).</item>
    /// <item>In a word with at most two consonants (جون، كيم، مون) و and ي inside the word are kept: there the
    ///   vowel is most of the name (جون ≠ جين).</item>
    /// <item>A letter written twice in a row counts once (ماتاريللا = ماتاريلا).</item>
    /// <item>In skeletons of four consonants or more, a final alef after a consonant is dropped (تايلندا = تايلند)
    ///   unless the corpus has both forms as different words (هولندا ≠ هولاند), and a final ش is read as س
    ///   (غوتيريش = غوتيريس).</item>
    /// </list>
    /// </summary>
    public string Skeleton(IReadOnlyList<NamePart> parts, bool finalAlefRule = true)
    {
        var letters = new List<char>(32);
        var literal = new List<bool>(32);
        foreach (var part in parts)
            AddLetters(part, letters, literal);
        var count = letters.Count;
        if (count == 0)
            return "";

        var kept = new List<char>(count);
        var adjacent = new List<bool>(count);
        var last = -5;
        for (var i = 0; i < count; i++)
        {
            var c = letters[i];
            if (literal[i] || !NameSpelling.IsVowelLetter(c) || i == 0 || i == count - 1 || KeepsVowelLetter(letters, i))
            {
                kept.Add(c);
                adjacent.Add(last == i - 1);
                last = i;
            }
        }

        var key = new StringBuilder(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var c = kept[i];
            if (key.Length > 0 && key[^1] == c && c != NameSpelling.Waw && adjacent[i])
                continue;
            key.Append(c);
        }

        var consonants = 0;
        for (var i = 0; i < key.Length; i++)
        {
            if (!NameSpelling.IsVowelLetter(key[i]))
                consonants++;
        }
        var lastIsRule = !literal[count - 1];
        if (finalAlefRule && consonants >= 4 && lastIsRule && key.Length > 1 && key[^1] == NameSpelling.Alef
            && !NameSpelling.IsVowelLetter(key[^2]) && !_evidence.ContestedFinals.Contains(key.ToString(0, key.Length - 1)))
        {
            key.Length--;
        }
        if (consonants >= 4 && lastIsRule && key[^1] == Sheen)
            key[^1] = Seen;
        return key.ToString();
    }

    /// <summary>True when the vowel letter at <paramref name="i"/> (not first, not last, not protected) stays in the key.</summary>
    private static bool KeepsVowelLetter(List<char> s, int i)
    {
        if (s[i] == NameSpelling.Alef)
            return false;
        var previous = s[i - 1];
        var next = s[i + 1];
        if (next is NameSpelling.Waw or NameSpelling.Yeh && !NameSpelling.IsVowelLetter(previous)
            && i + 2 < s.Count && !NameSpelling.IsVowelLetter(s[i + 2]))
            return false;
        if (previous is NameSpelling.Waw or NameSpelling.Yeh && !NameSpelling.IsVowelLetter(next)
            && i >= 2 && !NameSpelling.IsVowelLetter(s[i - 2]))
            return false;
        return NameSpelling.IsVowelLetter(next);
    }

    private static void AddLetters(NamePart part, List<char> letters, List<bool> literal)
    {
        var word = part.Word;
        if (word.Length == 0)
            return;
        if (word.Length > 1 && word[^1] == NameSpelling.Heh)
            word = string.Concat(word.AsSpan(0, word.Length - 1), "ا");
        if (part.Protected)
        {
            foreach (var c in word)
            {
                letters.Add(c);
                literal.Add(true);
            }
            return;
        }
        word = SlavicPatronymic(word);
        if (word.Length >= 5 && word.StartsWith("شت", StringComparison.Ordinal))
            word = string.Concat("ست", word.AsSpan(2));
        word = word.Replace("تش", "ش", StringComparison.Ordinal);
        var consonants = 0;
        foreach (var c in word)
        {
            if (!NameSpelling.IsVowelLetter(c))
                consonants++;
        }
        var isShort = consonants <= 2 && !NameSpelling.IsVowelLetter(word[0]);
        for (var j = 0; j < word.Length; j++)
        {
            var c = ForeignSound(word[j]);
            letters.Add(c);
            literal.Add(isShort && c is NameSpelling.Waw or NameSpelling.Yeh && j != word.Length - 1);
        }
    }

    /// <summary>
    /// The South Slavic patronymic -ić / -ič, written يتش after the original and يك after its accentless English
    /// spelling (نيكوليتش = نيكوليك, ميلوسيفيتش = ميلوسيفيك), is read as يك when at least two consonants come before it.
    /// </summary>
    private static string SlavicPatronymic(string word)
    {
        if (word.Length < 5 || !word.EndsWith("يتش", StringComparison.Ordinal))
            return word;
        var consonants = 0;
        for (var i = 0; i < word.Length - 3; i++)
        {
            if (!NameSpelling.IsVowelLetter(word[i]))
                consonants++;
        }
        return consonants >= 2 ? string.Concat(word.AsSpan(0, word.Length - 3), "يك") : word;
    }

    private static char ForeignSound(char c) => c switch
    {
        'ج' => 'غ',
        'ط' => 'ت',
        'ص' => 'س',
        'ض' => 'د',
        'ظ' => 'ز',
        _ => c,
    };
}

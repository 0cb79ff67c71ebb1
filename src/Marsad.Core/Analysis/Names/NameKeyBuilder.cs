namespace Marsad.Analysis.Names;

/// <summary>
/// Computes name keys. The steps, in order:
/// <list type="number">
/// <item>Fold the spelling (<see cref="NameSpelling"/>): hamza, alef, ى/ي, ة/ه, marks, hyphens.</item>
/// <item>Join a compound prefix to the next word (عبد الملك = عبدالملك، أبو بكر = أبوبكر) and drop a leading
///   descriptor noun (حلف الناتو = الناتو).</item>
/// <item>Drop the article الـ (الناتو = ناتو، الباجي قائد السبسي = باجي قائد السبسي), except where it is part of a
///   place's name (الهند ≠ هند) and, in a one-word name, before a native name whose vowel matters (النصر ≠ نصر).</item>
/// <item>Protect native names whose long vowels the corpus shows to be distinctive (حسن ≠ حسين): they stay as written.</item>
/// <item>Reduce every other word to its consonant skeleton (<see cref="Skeleton"/>), across word boundaries, so that
///   spacing (هونغ كونغ = هونغكونغ) and vowel spelling (ميدفيديف = مدفيديف) do not matter.</item>
/// <item>Give a listed alias the key of the name it stands for (<see cref="NameEvidence.Aliases"/>: الناتو = حلف شمال
///   الأطلسي): a hand-written list of frequent organisations, not a rule.</item>
/// </list>
/// </summary>
internal sealed partial class NameKeyBuilder
{
    private const string Article = "ال";
    private const string Allah = "الله";
    private readonly NameEvidence _evidence;
    private readonly NativePatterns _patterns;
    private readonly HashSet<string> _placeSkeletons;
    private readonly Dictionary<string, string> _aliasKeys = new(StringComparer.Ordinal);

    public NameKeyBuilder(NameEvidence evidence, NativePatterns patterns)
    {
        _evidence = evidence;
        _patterns = patterns;
        _placeSkeletons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in evidence.PlacesWithArticle)
        {
            if (place.StartsWith(Article, StringComparison.Ordinal))
                _placeSkeletons.Add(Skeleton([.. place.Split(' ').Select(w => new NamePart(w, false))]));
        }
        foreach (var names in evidence.Aliases)
        {
            var canonical = SpellingKey(names[0]);
            foreach (var alias in names.Skip(1))
                _aliasKeys.TryAdd(SpellingKey(alias), canonical);
        }
    }

    public static NameKeyBuilder Default => Shipped.Value;

    private static readonly Lazy<NameKeyBuilder> Shipped = new(() => new NameKeyBuilder(NameEvidence.Default, NativePatterns.Default));

    /// <summary>The key of a name as written; "" when it has no letters. A listed alias gets its name's key (داعش = تنظيم الدولة).</summary>
    public string Compute(string? name)
    {
        var key = SpellingKey(name);
        return _aliasKeys.TryGetValue(key, out var canonical) ? canonical : key;
    }

    /// <summary>The key of a spelling by the rules alone.</summary>
    private string SpellingKey(string? name)
    {
        var folded = NameSpelling.Fold(name);
        if (folded.Length == 0)
            return "";
        var words = JoinCompounds(folded.Split(' '));
        if (words.Count > 1 && _evidence.Descriptors.Contains(words[0]) && words[1] != Allah)
            words.RemoveAt(0);
        var wholePlace = _evidence.PlacesWithArticle.Contains(folded)
            || _placeSkeletons.Contains(Skeleton([.. words.Select(w => new NamePart(w, false))]));
        var parts = new List<NamePart>(words.Count);
        foreach (var original in words)
        {
            var word = original;
            if (word == Allah)
            {
                parts.Add(new NamePart(word, true));
                continue;
            }
            if (word.Length >= 4 && word.StartsWith(Article, StringComparison.Ordinal) && !wholePlace
                && !_evidence.PlacesWithArticle.Contains(word))
            {
                var stem = word[2..];
                if (words.Count > 1 || !IsProtected(stem))
                    word = stem;
            }
            parts.Add(new NamePart(word, IsProtected(word)));
        }
        return Skeleton(parts);
    }

    /// <summary>The key of each word of a name on its own (compound prefixes joined): for matching a short name inside a full one.</summary>
    public List<string> WordKeys(string? name)
    {
        var folded = NameSpelling.Fold(name);
        if (folded.Length == 0)
            return [];
        return [.. JoinCompounds(folded.Split(' ')).Select(Compute).Where(k => k.Length > 0)];
    }

    /// <summary>True when <paramref name="word"/> fits a native pattern and its root has rival names in the corpus.</summary>
    public bool IsProtected(string word) => _patterns.Fits(word) && _evidence.ContestedRoots.Contains(RootSkeleton(word));

    /// <summary>True when <paramref name="word"/> fits a native name pattern.</summary>
    public bool FitsNativePattern(string word) => _patterns.Fits(word);

    /// <summary>The first letter and then the consonants: the root a native name is grouped by (حسين → حسن).</summary>
    public static string RootSkeleton(string word)
    {
        if (word.Length == 0)
            return word;
        var chars = new char[word.Length];
        chars[0] = word[0];
        var n = 1;
        for (var i = 1; i < word.Length; i++)
        {
            if (!NameSpelling.IsVowelLetter(word[i]))
                chars[n++] = word[i];
        }
        return new string(chars, 0, n);
    }

    private List<string> JoinCompounds(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && _evidence.CompoundPrefixes.Contains(words[i]))
            {
                joined.Add(words[i] + words[i + 1]);
                i++;
            }
            else
            {
                joined.Add(words[i]);
            }
        }
        return joined;
    }
}

/// <summary>One word of a name on its way to the key; <paramref name="Protected"/> words keep their long vowels.</summary>
internal readonly record struct NamePart(string Word, bool Protected);

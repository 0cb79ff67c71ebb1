namespace Marsad.Text;

internal sealed partial class LightStemmer
{
    private static readonly string[] Enclitics = ["هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ك", "ه"];

    private static readonly string[] Inflections = ["ات", "ون", "ين", "ان"];

    private static readonly string[] FamilySuffixes = ["", "ه", "ات", "ين", "ون", "ان"];

    /// <summary>Strips one enclitic pronoun from word[s..e]; returns the new end (a char before it may be restored).</summary>
    private int StripEnclitic(Span<char> word, int s, int e)
    {
        foreach (var enclitic in Enclitics)
        {
            var end = e - enclitic.Length;
            if (end - s < 3 || !EndsWith(word[s..e], enclitic))
                continue;
            var own = _lexicon.Attested(word[s..e]);
            // ك is rarely "your" in news and often a root letter (شريك, بنوك): ask for stronger evidence
            var threshold = Math.Max(MinEvidence, (enclitic == "ك" ? 0.5 : FamilyShare) * own);
            var last = word[end - 1];
            // a feminine ة is written ت before a pronoun (حكومتها), a final ى is written ا (ألقاها)
            // (not before ه or ك: وفاة and عراك end in ا + a root letter, not in ى + a pronoun)
            var restored = last == ArabicLetters.Teh ? ArabicLetters.Heh
                : last == ArabicLetters.Alef && enclitic is not ("ه" or "ك") ? ArabicLetters.Yeh : '\0';
            if (restored != '\0')
            {
                word[end - 1] = restored;
                if (_lexicon.Attested(word[s..end]) >= threshold)
                    return end;
                word[end - 1] = last;
            }
            // a plain final ه is left to the inflection step, which treats ة and the pronoun alike
            if (enclitic != "ه" && Family(word[s..end]) >= threshold)
                return end;
            return e;
        }
        return e;
    }

    /// <summary>Strips one inflectional suffix from word[s..e]; returns the new end.</summary>
    private int StripInflection(Span<char> word, int s, int e)
    {
        var w = word[s..e];
        if (w.Length < 4)
            return e;
        foreach (var suffix in Inflections)
        {
            if (!EndsWith(w, suffix))
                continue;
            var stem = w[..^2];
            if (!LongEnough(stem))
                return e;
            var own = _lexicon.Attested(w);
            // feminine dual: دولتين, دولتان → دول(ة)
            if (suffix is "ين" or "ان" && stem[^1] == ArabicLetters.Teh && LongEnough(stem[..^1])
                && _lexicon.WithSuffix(stem[..^1], "ه") >= Math.Max(MinEvidence, FamilyShare * own))
                return e - 3;
            var others = Family(stem) - own;
            if (others < MinEvidence)
                return e;
            // a dual or plural is rarer than the rest of its family or has its other case (موظفين ↔ موظفون,
            // طرفان ↔ طرفين); a name that ends in ان/ين has neither (لبنان, البحرين, فلسطين)
            if (suffix == "ات" || own <= PluralShare * others)
                return e - 2;
            var sibling = suffix switch
            {
                "ون" or "ان" => _lexicon.AttestedWithSuffix(stem, "ين"),
                _ => _lexicon.AttestedWithSuffix(stem, "ون") + _lexicon.AttestedWithSuffix(stem, "ان"),
            };
            return sibling >= Math.Max(MinEvidence, FamilyShare * own) ? e - 2 : e;
        }
        if (w[^1] == ArabicLetters.Yeh)
        {
            // the ي of a construct plural or dual (موظفي الشركة, طرفي النزاع), not the nisba ي (مصري) nor a name (كيري)
            var stem = w[..^1];
            if (!LongEnough(stem))
                return e;
            var plural = _lexicon.WithSuffix(stem, "ين") + _lexicon.WithSuffix(stem, "ون");
            return plural >= Math.Max(MinEvidence, 0.5 * _lexicon.Attested(w)) ? e - 1 : e;
        }
        if (w[^1] == ArabicLetters.Heh)
        {
            // ة (written ه) or the pronoun ه: the stem must have other members (حكومة ↔ حكومات, كتابه ↔ كتاب)
            var stem = w[..^1];
            return LongEnough(stem) && Family(stem) - _lexicon.Attested(w) >= MinEvidence ? e - 1 : e;
        }
        return e;
    }

    /// <summary>An ordinal <see cref="MemoryExtensions.EndsWith{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> for the short affixes, last letter first (most words fail there).</summary>
    private static bool EndsWith(ReadOnlySpan<char> w, string suffix)
    {
        if (w.Length < suffix.Length)
            return false;
        for (var i = 1; i <= suffix.Length; i++)
        {
            if (w[^i] != suffix[^i])
                return false;
        }
        return true;
    }

    /// <summary>Stems keep three letters, four when they still start with ال (الله is not ال + ل + ه).</summary>
    private static bool LongEnough(ReadOnlySpan<char> stem) =>
        stem.Length >= (StartsWithArticle(stem) ? 4 : 3);

    /// <summary>How often the stem's inflections (bare, ة, ات, ين, ون, ان) are seen, bare or with the article.</summary>
    private int Family(ReadOnlySpan<char> stem)
    {
        if (stem.Length > 64)
            return 0;
        return _lexicon.AttestedFamily(stem, FamilySuffixes);
    }
}

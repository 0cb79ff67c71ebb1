using System.Globalization;
using Marsad.Text;

namespace Marsad.Storage.Search;

/// <summary>
/// The tokens Marsad puts in its full-text indexes: the terms of <see cref="SearchTermAnalyzer"/>, each lower-cased
/// and split at white space (a hashtag term "عاصي الحلاني" becomes two adjacent tokens), keeping only letters, marks,
/// digits, punctuation and symbols. Both backends index exactly these tokens — SQLite's FTS5 tokenizer is set to split
/// only at white space, PostgreSQL gets a tsvector built here — so a query means the same thing on both.
/// </summary>
internal static class IndexTerms
{
    /// <summary>The FTS5 tokenizer that reproduces this tokenization: every character class we keep is a token character.</summary>
    public const string Fts5Tokenizer = "unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co'";

    /// <summary>
    /// Longer tokens are cut to this many characters (the same at index and query time): no word is this long, and
    /// PostgreSQL refuses lexemes over 2 KB.
    /// </summary>
    public const int MaxTokenLength = 64;

    /// <summary>The index tokens of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
            return tokens;
        foreach (var term in SearchTermAnalyzer.Default.GetTerms(text))
            AddTokens(term, tokens);
        return tokens;
    }

    /// <summary>Splits one analyzer term into index tokens and appends them.</summary>
    public static void AddTokens(string term, List<string> tokens)
    {
        if (IsSingleToken(term))
        {
            tokens.Add(term); // the usual case: an analyzer term is already one lower-case token; no copy
            return;
        }
        SplitTokens(term, tokens);
    }

    /// <summary>The general case of <see cref="AddTokens"/>, character by character (internal for the test that checks the shortcut).</summary>
    internal static void SplitTokens(string term, List<string> tokens)
    {
        var buffer = new System.Text.StringBuilder();
        for (var i = 0; i <= term.Length; i++)
        {
            var keep = i < term.Length && IsTokenChar(term, i);
            if (keep)
            {
                buffer.Append(char.ToLowerInvariant(term[i]));
                if (char.IsHighSurrogate(term[i]))
                    buffer.Append(term[++i]);
            }
            else if (buffer.Length > 0)
            {
                if (buffer.Length > MaxTokenLength)
                    buffer.Length = char.IsHighSurrogate(buffer[MaxTokenLength - 1]) ? MaxTokenLength - 1 : MaxTokenLength;
                tokens.Add(buffer.ToString());
                buffer.Clear();
            }
        }
    }

    /// <summary>True when <paramref name="term"/> is, as it is, exactly one index token (what the slow path would give).</summary>
    private static bool IsSingleToken(string term)
    {
        if (term.Length == 0 || term.Length > MaxTokenLength)
            return false;
        foreach (var c in term)
        {
            if (c is >= '\u0621' and <= '\u064A' or >= '0' and <= '9' or >= 'a' and <= 'z')
                continue; // Arabic letters, digits, lower-case Latin: kept and unchanged by lower-casing
            if (char.IsSurrogate(c) || char.ToLowerInvariant(c) != c || !IsKept(char.GetUnicodeCategory(c)))
                return false;
        }
        return true;
    }

    private static bool IsTokenChar(string s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
            return i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) && IsKept(CharUnicodeInfo.GetUnicodeCategory(s, i));
        if (char.IsLowSurrogate(c))
            return false; // a lone low surrogate (a paired one is consumed with its high half)
        return IsKept(char.GetUnicodeCategory(c));
    }

    private static bool IsKept(UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}

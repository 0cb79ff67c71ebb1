using Marsad.Storage.Search;

namespace Marsad.Storage.Queries.Internal;

/// <summary>Whether quoted words are about a subject: they contain every word of it (phrases in order), as the index sees words.</summary>
internal static class QuoteSubject
{
    public static bool Mentions(ParsedQuery subject, string text)
    {
        var tokens = IndexTerms.Tokens(text);
        foreach (var clause in subject.Include)
        {
            if (!Contains(tokens, clause.Tokens))
                return false;
        }
        foreach (var clause in subject.Exclude)
        {
            if (Contains(tokens, clause.Tokens))
                return false;
        }
        return true;
    }

    private static bool Contains(List<string> tokens, IReadOnlyList<string> phrase)
    {
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            var j = 0;
            while (j < phrase.Count && string.Equals(tokens[i + j], phrase[j], StringComparison.Ordinal))
                j++;
            if (j == phrase.Count)
                return true;
        }
        return false;
    }
}

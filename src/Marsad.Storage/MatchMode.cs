namespace Marsad.Storage;

/// <summary>How the words of a query combine.</summary>
public enum MatchMode
{
    /// <summary>An article matches if it contains any query word or phrase; more and rarer matches rank higher (like Lucene's default).</summary>
    Any,

    /// <summary>An article matches only if it contains every query word and phrase.</summary>
    All,
}

namespace Marsad.Storage.Search;

/// <summary>One word (one token) or phrase (tokens adjacent in order) of a parsed query.</summary>
internal sealed record QueryClause(IReadOnlyList<string> Tokens)
{
    public bool IsPhrase => Tokens.Count > 1;

    /// <summary>A stable key for de-duplication.</summary>
    public string Key => string.Join(' ', Tokens);
}

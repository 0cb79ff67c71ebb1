namespace Marsad.Storage;

/// <summary>A search query that cannot be run; the message says why in words a user understands.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException()
    {
    }

    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

namespace Marsad.Storage;

/// <summary>
/// The store cannot be opened, read or written: a corrupt or unreadable file, a server that cannot be reached, a schema
/// from a newer Marsad. The message names the store and the problem; nothing is silently dropped or recreated.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string store, string problem, Exception? inner = null)
        : base($"{store}: {problem}", inner)
    {
        Store = store;
        Problem = problem;
    }

    public StoreException()
    {
        Store = "";
        Problem = "";
    }

    public StoreException(string message)
        : base(message)
    {
        Store = "";
        Problem = message;
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
        Store = "";
        Problem = message;
    }

    /// <summary>The store (file path or server) that failed.</summary>
    public string Store { get; }

    /// <summary>What went wrong.</summary>
    public string Problem { get; }
}

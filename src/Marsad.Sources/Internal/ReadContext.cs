namespace Marsad.Sources.Internal;

/// <summary>What every format reader needs besides its input: options, where to report problems, cancellation.</summary>
internal sealed class ReadContext
{
    public ReadContext(DocumentReaderOptions options, Action<InputException> onError, CancellationToken cancellationToken)
    {
        Options = options;
        OnError = onError;
        CancellationToken = cancellationToken;
    }

    public DocumentReaderOptions Options { get; }

    public Action<InputException> OnError { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a problem with one input (a file, a line, a record) that does not stop the rest.</summary>
    public void Report(string input, string problem, Exception? inner = null) => OnError(new InputException(input, problem, inner));
}

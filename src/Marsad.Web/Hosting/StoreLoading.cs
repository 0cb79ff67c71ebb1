namespace Marsad.Web.Hosting;

/// <summary>
/// Articles still being loaded into the store the app serves — <c>marsad serve --sample</c> starts serving at once and
/// ingests the sample in the background; the home page shows the progress and refreshes until it is done. The app
/// registers an idle instance; a host that loads while serving registers its own.
/// </summary>
public sealed class StoreLoading
{
    private long _done;
    private long _total;
    private volatile bool _inProgress;
    private volatile string? _failure;

    /// <summary>True from <see cref="Start"/> until <see cref="Finish"/> or <see cref="Fail"/>.</summary>
    public bool InProgress => _inProgress;

    /// <summary>Documents handled so far (stored, skipped or failed).</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>Documents to load.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Why loading stopped early, or null.</summary>
    public string? Failure => _failure;

    /// <summary>Loading of <paramref name="total"/> documents has started.</summary>
    public void Start(long total)
    {
        Interlocked.Exchange(ref _total, total);
        Interlocked.Exchange(ref _done, 0);
        _failure = null;
        _inProgress = true;
    }

    /// <summary><paramref name="done"/> documents have been handled.</summary>
    public void Report(long done) => Interlocked.Exchange(ref _done, Math.Min(done, Total));

    /// <summary>Everything is loaded.</summary>
    public void Finish()
    {
        Interlocked.Exchange(ref _done, Total);
        _inProgress = false;
    }

    /// <summary>Loading stopped because of <paramref name="message"/>.</summary>
    public void Fail(string message)
    {
        _failure = message;
        _inProgress = false;
    }
}

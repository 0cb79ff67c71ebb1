namespace Marsad.Storage.Internal;

/// <summary>A backend that can do its per-article preparation (compression, index literals) off the writer thread.</summary>
internal interface IPreparesRows
{
    /// <summary>Computes and caches everything <paramref name="row"/> needs before a write. Thread-safe per row.</summary>
    void Prepare(ArticleRow row);
}

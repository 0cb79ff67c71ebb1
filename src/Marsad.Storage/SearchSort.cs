namespace Marsad.Storage;

/// <summary>The order of search hits.</summary>
public enum SearchSort
{
    /// <summary>Best BM25 score first; ties by id.</summary>
    Relevance,

    /// <summary>Newest publication time first; articles without a date last.</summary>
    Date,
}

namespace Marsad.Storage;

/// <summary>What <see cref="IArticleStore.WriteAsync"/> did with one article.</summary>
public enum WriteOutcome
{
    /// <summary>A new article id: stored.</summary>
    Added,

    /// <summary>A stored id with new content: the older version was replaced.</summary>
    Updated,

    /// <summary>The same id and content hash were stored already: nothing written.</summary>
    Unchanged,
}

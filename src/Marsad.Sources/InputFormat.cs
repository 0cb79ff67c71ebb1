namespace Marsad.Sources;

/// <summary>The input formats Marsad reads (<c>--in</c>).</summary>
public enum InputFormat
{
    /// <summary>Decide from the file name and the first bytes.</summary>
    Auto,

    /// <summary>Plain text as scraped: one document per file, lines are paragraphs.</summary>
    Text,

    /// <summary>An HTML page: one document per file, main content extracted.</summary>
    Html,

    /// <summary>JSON Lines, or a JSON array of article objects.</summary>
    Jsonl,

    /// <summary>TREC <c>&lt;DOC&gt;</c> files.</summary>
    Trec,

    /// <summary>WARC web archives (response records with HTML).</summary>
    Warc,

    /// <summary>RSS 2.0, RSS 1.0 or Atom feeds: one document per item.</summary>
    Rss,
}

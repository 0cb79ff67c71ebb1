namespace Marsad.Extraction;

/// <summary>The markup of a <see cref="RawDocument"/>'s content.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text as scraped: lines are paragraphs.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,
}

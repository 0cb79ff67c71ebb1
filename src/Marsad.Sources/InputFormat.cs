namespace Marsad.Sources;

/// <summary>The input formats Marsad reads (<c>--in</c>).</summary>
public enum InputFormat
{
    /// <summary>Decide from the file name and the first bytes.</summary>
    Auto,
    Text,
    Html,
    Jsonl,
    Trec,
    Warc,
}

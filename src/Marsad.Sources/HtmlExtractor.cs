namespace Marsad.Sources;

/// <summary>Which main-content extractor turns HTML pages into text (docs/benchmarks.md compares them).</summary>
public enum HtmlExtractor
{
    /// <summary>Marsad's own extractor on AngleSharp (the default: it scored better on our pages).</summary>
    Marsad,

    /// <summary>SmartReader, a port of Mozilla's Readability, with Marsad's metadata reading.</summary>
    SmartReader,
}

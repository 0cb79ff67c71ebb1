namespace Marsad.Extraction.Internal;

/// <summary>One piece of content in document order while an article is being extracted: a body paragraph or a dropped piece.</summary>
internal sealed class BodyItem(string text, bool removed, LineKind kind = LineKind.Text)
{
    public string Text { get; } = text;

    public bool Removed { get; set; } = removed;

    public LineKind Kind { get; } = kind;

    public bool Subheading { get; set; }
}

namespace Marsad.Extraction.Internal;

/// <summary>One piece of content in document order while an article is being extracted: a body paragraph or a dropped piece.</summary>
internal sealed class BodyItem(string text, bool removed, LineKind kind = LineKind.Text, bool afterBlank = false)
{
    /// <summary>An empty line came before it in the content (alyaum's captions stand apart; verses and sign-offs do not).</summary>
    public bool AfterBlank { get; } = afterBlank;

    public string Text { get; } = text;

    public bool Removed { get; set; } = removed;

    public LineKind Kind { get; } = kind;

    public bool Subheading { get; set; }
}

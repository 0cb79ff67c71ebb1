namespace Marsad.Text;

/// <summary>A search term and the span of the original text it came from (for highlighting).</summary>
/// <param name="Text">The term as indexed and queried.</param>
/// <param name="Start">UTF-16 offset of the source word in the original text.</param>
/// <param name="Length">Length of the source word (a hashtag's parts each point at their part).</param>
public readonly record struct SearchTerm(string Text, int Start, int Length)
{
    /// <summary>Offset just past the source word (exclusive end).</summary>
    public int End => Start + Length;
}

namespace Marsad.Text;

/// <summary>A token as a span of the original text: it never loses the source.</summary>
/// <param name="Start">UTF-16 offset of the first character in the original string.</param>
/// <param name="Length">Number of UTF-16 characters.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the token (exclusive end).</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="source"/>, the string it was cut from.</summary>
    public ReadOnlySpan<char> Span(ReadOnlySpan<char> source) => source.Slice(Start, Length);

    /// <summary>The token's text in <paramref name="source"/>.</summary>
    public string Text(string source) => source.Substring(Start, Length);

    /// <summary>True for word-like tokens (Arabic, Latin, mixed).</summary>
    public bool IsWord => Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Mixed;
}

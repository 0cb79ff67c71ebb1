namespace Marsad.Analysis.Quotes;

/// <summary>What a token of <see cref="QuoteDocument"/> is.</summary>
internal enum QTokenType : byte
{
    Word,
    Number,
    Punctuation,

    /// <summary>A quotation mark that opens a quoted span.</summary>
    OpenQuote,

    /// <summary>A quotation mark that closes a quoted span.</summary>
    CloseQuote,

    /// <summary>A quotation mark that pairs with nothing.</summary>
    StrayQuote,
}

/// <summary>One token of the body with its offsets in <see cref="Article.Text"/> and its folded key.</summary>
internal struct QToken
{
    public int Start;
    public int End;

    /// <summary>Matching-folded text (the character itself for punctuation).</summary>
    public string Key;

    public QTokenType Type;
    public int Paragraph;
    public int Sentence;

    /// <summary>Index of the outermost quoted span this token is in (its marks included), or -1.</summary>
    public int Quote;

    public readonly bool IsWord => Type is QTokenType.Word;

    public readonly bool IsQuoteMark => Type is QTokenType.OpenQuote or QTokenType.CloseQuote or QTokenType.StrayQuote;

    public readonly bool Is(char c) => Type == QTokenType.Punctuation && Key.Length == 1 && Key[0] == c;

    /// <summary>A comma or semicolon, Arabic or Latin.</summary>
    public readonly bool IsComma => Type == QTokenType.Punctuation && Key is "،" or "," or "؛" or ";";

    public readonly bool IsDash => Type == QTokenType.Punctuation && Key is "-" or "–" or "—";
}

/// <summary>A quoted span: its marks (token indexes) and whether it closed before its paragraph ended.</summary>
internal readonly record struct QuotedSpan(int Open, int Close, bool Closed, int Depth, int InnerStart, int InnerEnd)
{
    /// <summary>The last token of the span: its closing mark, or the paragraph's last token.</summary>
    public int Last => Close;
}

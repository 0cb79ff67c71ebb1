using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// The body of an article as tokens with folded keys, paragraphs, quoted spans and quote-aware sentences: the one
/// representation every part of quotation finding reads. Built in one pass over <see cref="Article.Text"/>.
/// </summary>
internal sealed class QuoteDocument
{
    private QuoteDocument(string text, QToken[] tokens, List<(int First, int Last)> paragraphs, List<QuotedSpan> quotes)
    {
        Text = text;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Quotes = quotes;
    }

    public string Text { get; }

    public QToken[] Tokens { get; }

    /// <summary>Token index ranges of the paragraphs (inclusive), in order.</summary>
    public List<(int First, int Last)> Paragraphs { get; }

    /// <summary>Outermost and nested quoted spans in document order of their opening marks.</summary>
    public List<QuotedSpan> Quotes { get; }

    public int Count => Tokens.Length;

    public string Key(int i) => Tokens[i].Key;

    public string Surface(int i) => Text[Tokens[i].Start..Tokens[i].End];

    /// <summary>The text between two tokens, both included.</summary>
    public string Span(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public bool SameSentence(int a, int b) => Tokens[a].Sentence == Tokens[b].Sentence;

    public int ParagraphLast(int i) => Paragraphs[Tokens[i].Paragraph].Last;

    /// <summary>The first token that ends after the UTF-16 <paramref name="offset"/> (binary search).</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].End <= offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, QuoteDocument> Cache = new();

    /// <summary>The document of <paramref name="text"/>, built once and shared by the quote and event steps of one article.</summary>
    public static QuoteDocument For(string text) => Cache.GetValue(text, Build);

    public static QuoteDocument Build(string text)
    {
        var tokens = new List<QToken>(text.Length / 5 + 8);
        var paragraphs = new List<(int, int)>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            var first = tokens.Count;
            foreach (var t in ArabicTokenizer.Enumerate(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                var start = lineStart + t.Start;
                var surface = text.Substring(start, t.Length);
                tokens.Add(new QToken
                {
                    Start = start,
                    End = start + t.Length,
                    Key = t.IsWord ? QuoteLexicon.Fold(surface) : surface,
                    Type = t.Kind switch
                    {
                        TokenKind.Number => QTokenType.Number,
                        TokenKind.Punctuation => QuoteMarks.IsQuoteMark(surface) ? QTokenType.StrayQuote : QTokenType.Punctuation,
                        _ => QTokenType.Word,
                    },
                    Paragraph = paragraph,
                    Quote = -1,
                });
            }
            if (tokens.Count > first)
            {
                paragraphs.Add((first, tokens.Count - 1));
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        var array = tokens.ToArray();
        var quotes = new List<QuotedSpan>();
        foreach (var (first, last) in paragraphs)
            QuoteMarks.Pair(text, array, first, last, quotes);
        MarkSentences(array, paragraphs);
        return new QuoteDocument(text, array, paragraphs, quotes);
    }

    /// <summary>Numbers sentences: a sentence ends at . ! ? ؟ outside quotation marks and at each paragraph end.</summary>
    private static void MarkSentences(QToken[] tokens, List<(int First, int Last)> paragraphs)
    {
        var sentence = 0;
        foreach (var (first, last) in paragraphs)
        {
            for (var i = first; i <= last; i++)
            {
                tokens[i].Sentence = sentence;
                if (i < last && (tokens[i].Quote < 0 ? IsSentenceEnd(tokens, i, first, last) : ClosesQuotedSentence(tokens, i)))
                    sentence++;
            }
            sentence++;
        }
    }

    /// <summary>The closing mark of an outermost quote whose words end with a full stop: «… طرق.» وأضاف …</summary>
    private static bool ClosesQuotedSentence(QToken[] tokens, int i) =>
        tokens[i].Type == QTokenType.CloseQuote && i > 0 && tokens[i - 1].Key is "." or "!" or "?" or "؟"
        && (i + 1 >= tokens.Length || tokens[i + 1].Quote != tokens[i].Quote);

    /// <summary>A full stop, question or exclamation mark that ends a sentence (not "..", not the dot of "د.").</summary>
    internal static bool IsSentenceEnd(QToken[] tokens, int i, int first, int last)
    {
        ref readonly var t = ref tokens[i];
        if (t.Type != QTokenType.Punctuation)
            return false;
        if (t.Key is "!" or "?" or "؟")
            return true;
        if (t.Key != ".")
            return false;
        var glued = (i > first && tokens[i - 1].End == t.Start && tokens[i - 1].Key == ".")
            || (i < last && tokens[i + 1].Start == t.End && tokens[i + 1].Key == ".");
        if (glued)
            return false;
        // a one-letter word before the dot is an abbreviation (د. for doctor)
        return !(i > first && tokens[i - 1].IsWord && tokens[i - 1].End == t.Start && tokens[i - 1].Key.Length == 1);
    }
}

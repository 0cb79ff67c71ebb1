namespace Marsad.Text;

public sealed partial class SearchTermAnalyzer
{
    /// <summary>Longest word (in source characters) the one-pass path takes; longer ones take the general path.</summary>
    private const int FastWordLength = 64;

    /// <summary>
    /// The common case in one pass over the source: an Arabic word made only of letters that fold to one Arabic
    /// letter and of removable marks, ended by whitespace, punctuation or the end of the text, is tokenized,
    /// matching-normalized, hashed and looked up together, with no token structure in between. Returns false,
    /// having emitted nothing and moved nothing, when the word goes on in any other way (a digit, a Latin letter,
    /// a joiner, a combining hamza, a presentation form that expands…): the general path then takes it from
    /// <paramref name="position"/>. <see cref="CharClasses"/> holds the decisions, derived from the general
    /// path's rules, so both paths give the same terms (SearchTermAnalyzerReferenceTests holds them to it).
    /// </summary>
    private bool TryFastWord<TSink>(ReadOnlySpan<char> text, ref int position, Span<char> scratch, ref TSink sink) where TSink : struct, ITermSink
    {
        var classes = CharClasses.Table;
        var map = MatchingTable.Map;
        var start = position;
        var limit = Math.Min(text.Length, start + FastWordLength);
        var h = WordTable.HashStart;
        var n = 0;
        var last = '\0';
        var i = start;
        for (; i < limit; i++)
        {
            var c = text[i];
            var flags = classes[c];
            if ((flags & CharClasses.Letter) != 0)
            {
                var m = map[c];
                scratch[n++] = m;
                h = WordTable.HashStep(h, m);
                last = c;
            }
            else if ((flags & CharClasses.Mark) == 0)
            {
                break;
            }
        }
        if (i < text.Length && (classes[text[i]] & CharClasses.Break) == 0)
            return false;
        EmitArabic(scratch[..n], WordTable.HashFinish(h), last is ArabicLetters.AlefMaksura or '\uFEEF' or '\uFEF0', start, i - start, ref sink);
        position = i;
        return true;
    }
}

namespace Marsad.Text;

public sealed partial class SearchTermAnalyzer
{
    /// <summary>Longest word (in source characters) the one-pass path takes; longer ones take the general path.</summary>
    private const int FastWordLength = 64;

    /// <summary>Plain Arabic words scanned before their lookups run together.</summary>
    private const int Batch = 16;

    /// <summary>
    /// The text, with plain Arabic words on the one-pass path (<see cref="ScanFastWord"/>) and everything else on
    /// the general tokenizer. Consecutive plain words are collected in a batch of up to <see cref="Batch"/> and
    /// looked up together: a profile showed most of the time spent waiting for each word's slot in the word table
    /// (megabytes, mostly out of cache), and touching all the slots of a batch first lets those memory reads
    /// overlap instead of queueing. Terms still come out in text order.
    /// </summary>
    private void Run<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, ITermSink
    {
        Span<char> scratch = stackalloc char[StackBufferLength];
        Span<char> words = stackalloc char[Batch * FastWordLength];
        Span<FastWord> batch = stackalloc FastWord[Batch];
        var classes = CharClasses.Table;
        var count = 0;
        var position = 0;
        while (position < text.Length)
        {
            var flags = classes[text[position]];
            // whitespace and lone punctuation give no term
            if ((flags & CharClasses.Skip) != 0)
            {
                position++;
                continue;
            }
            if ((flags & CharClasses.Letter) != 0 && ScanFastWord(text, ref position, words.Slice(count * FastWordLength, FastWordLength), out batch[count]))
            {
                if (++count == Batch)
                {
                    EmitBatch(batch, words, ref sink);
                    count = 0;
                }
                continue;
            }
            if (count > 0)
            {
                EmitBatch(batch[..count], words, ref sink);
                count = 0;
            }
            if (ArabicTokenizer.Next(text, ref position) is not { } token)
                break;
            AnalyzeToken(text.Slice(token.Start, token.Length), token.Kind, token.Start, scratch, ref sink);
        }
        if (count > 0)
            EmitBatch(batch[..count], words, ref sink);
    }

    /// <summary>
    /// The common case in one pass over the source: an Arabic word made only of letters that fold to one Arabic
    /// letter and of removable marks, ended by whitespace, punctuation or the end of the text, is tokenized,
    /// matching-normalized into <paramref name="word"/> and hashed together, with no token structure in between.
    /// Returns false, having moved nothing, when the word goes on in any other way (a digit, a Latin letter, a
    /// joiner, a combining hamza, a presentation form that expands…): the general path then takes it from
    /// <paramref name="position"/>. <see cref="CharClasses"/> holds the decisions, derived from the general
    /// path's rules, so both paths give the same terms (SearchTermAnalyzerReferenceTests holds them to it).
    /// </summary>
    private static bool ScanFastWord(ReadOnlySpan<char> text, ref int position, Span<char> word, out FastWord found)
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
                word[n++] = m;
                h = WordTable.HashStep(h, m);
                last = c;
            }
            else if ((flags & CharClasses.Mark) == 0)
            {
                break;
            }
        }
        if (i < text.Length && (classes[text[i]] & CharClasses.Break) == 0)
        {
            found = default;
            return false;
        }
        found = new FastWord(start, i - start, n, WordTable.HashFinish(h), last is ArabicLetters.AlefMaksura or '\uFEEF' or '\uFEF0');
        position = i;
        return true;
    }

    private void EmitBatch<TSink>(ReadOnlySpan<FastWord> batch, Span<char> words, ref TSink sink) where TSink : struct, ITermSink
    {
        // first touch every word's slot (independent reads the processor overlaps), then look up and emit in order
        Span<int> touched = stackalloc int[Batch];
        for (var k = 0; k < batch.Length; k++)
            touched[k] = _known.Touch(batch[k].Hash);
        for (var k = 0; k < batch.Length; k++)
        {
            var w = batch[k];
            EmitArabic(words.Slice(k * FastWordLength, w.WordLength), w.Hash, w.AlefMaksura, w.Start, w.Length, ref sink);
        }
    }

    /// <summary>A plain Arabic word found by <see cref="ScanFastWord"/>: its source range, normalized length and hash.</summary>
    private readonly record struct FastWord(int Start, int Length, int WordLength, int Hash, bool AlefMaksura);
}

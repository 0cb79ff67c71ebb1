using System.Runtime.CompilerServices;

namespace Marsad.Text;

public sealed partial class SearchTermAnalyzer
{
    /// <summary>Longest word (in source characters) the one-pass path takes; longer ones take the general path.</summary>
    private const int FastWordLength = 64;

    /// <summary>
    /// Plain Arabic words scanned before their lookups run together. With each slot prefetched at scan time, a
    /// longer batch gives the early words' reads more time to arrive: 32 beat 16 and 64 in paired runs (session 6).
    /// </summary>
    private const int Batch = 32;

    /// <summary>
    /// The text, with plain Arabic words on the one-pass path (<see cref="ScanFastWord"/>) and everything else on
    /// the general tokenizer. Consecutive plain words are collected in a batch of up to <see cref="Batch"/> and
    /// looked up together: a profile showed most of the time spent waiting for each word's slot in the word table
    /// (megabytes, mostly out of cache). Each word's first-tier slot is prefetched as soon as the word is scanned,
    /// so the memory reads overlap with each other and with the scanning of the words that follow (session 6: a
    /// prefetch retires at once, where the earlier touching loads held up the processor until their data came);
    /// the lookups of the batch then find their slots in cache. Terms still come out in text order.
    /// </summary>
    [SkipLocalsInit] // every buffer is written before it is read: a short text (a query, a title) does not pay for zeroing about 6 KB
    private void Run<TSink>(ReadOnlySpan<char> text, ref TSink sink) where TSink : struct, ITermSink
    {
        Span<char> scratch = stackalloc char[StackBufferLength];
        Span<char> words = stackalloc char[Batch * FastWordLength];
        Span<FastWord> batch = stackalloc FastWord[Batch];
        Run(text, scratch, words, batch, ref sink);
    }

    /// <summary>
    /// The loop of <see cref="Run{TSink}(ReadOnlySpan{char}, ref TSink)"/>, apart from its stack buffers: the JIT
    /// compiles a method with a loop and a stackalloc once, fully optimized but without tiering, so it never sees
    /// the static tables as constants nor gets profile-guided layout; this one tiers up like any other method.
    /// </summary>
    private void Run<TSink>(ReadOnlySpan<char> text, Span<char> scratch, Span<char> words, Span<FastWord> batch, ref TSink sink) where TSink : struct, ITermSink
    {
        var classes = CharClasses.Folded;
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
            if ((flags & CharClasses.Letter) != 0 && ScanWord(text, position, words.Slice(count * FastWordLength, FastWordLength), out batch[count]))
            {
                var found = batch[count];
                // the word's slot is on its way while the next words are scanned
                if (found.Key != 0)
                    _packed.PrefetchHot(found.Key);
                else
                    _known.Prefetch(found.Hash);
                position = found.Start + found.Length;
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
            // position stays a register in this loop: the tokenizer moves a copy
            var next = position;
            if (ArabicTokenizer.Next(text, ref next) is not { } token)
                break;
            position = next;
            AnalyzeToken(text.Slice(token.Start, token.Length), token.Kind, token.Start, scratch, ref sink);
        }
        if (count > 0)
            EmitBatch(batch[..count], words, ref sink);
    }

    /// <summary>
    /// <see cref="ScanFastWord"/>, with the commonest words taken by <see cref="PackedWordScanner"/> sixteen
    /// characters at once, inline in the loop of <see cref="Run"/>; the word ends at found.Start + found.Length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ScanWord(ReadOnlySpan<char> text, int start, Span<char> word, out FastWord found)
    {
        if (PackedWordScanner.IsSupported && text.Length - start > PackedWordScanner.Width)
        {
            var length = PackedWordScanner.Scan(text, start, word, out var key, out var alefMaksura);
            if (length > 0)
            {
                found = new FastWord(start, length, length, key, 0, alefMaksura);
                return true;
            }
        }
        var position = start;
        return ScanFastWord(text, ref position, word, out found);
    }

    /// <summary>
    /// The common case in one pass over the source: an Arabic word made only of letters that fold to one Arabic
    /// letter and of removable marks, ended by whitespace, punctuation or the end of the text, is tokenized,
    /// matching-normalized into <paramref name="word"/> and packed into its <see cref="PackedWordTable"/> key
    /// together, with one table lookup per character (<see cref="CharClasses.Folded"/>) and no token structure in
    /// between. Returns false, having moved nothing, when the word goes on in any other way (a digit, a Latin
    /// letter, a joiner, a combining hamza, a presentation form that expands…): the general path then takes it
    /// from <paramref name="position"/>. <see cref="CharClasses"/> holds the decisions, derived from the general
    /// path's rules, so both paths give the same terms (SearchTermAnalyzerReferenceTests holds them to it).
    /// </summary>
    private static bool ScanFastWord(ReadOnlySpan<char> text, ref int position, Span<char> word, out FastWord found)
    {
        var start = position;
        var folded = CharClasses.Folded;
        var limit = Math.Min(text.Length, start + FastWordLength);
        var key = 0UL;
        var all = uint.MaxValue;
        var lastLetter = 0u;
        var n = 0;
        var i = start;
        for (; i < limit; i++)
        {
            var entry = folded[text[i]];
            if ((entry & CharClasses.Letter) != 0)
            {
                word[n++] = (char)(entry >> 8);
                key = (key << 6) | (entry >> 24);
                all &= entry;
                lastLetter = entry;
            }
            else if ((entry & CharClasses.Mark) == 0)
            {
                break;
            }
        }
        if (i < text.Length && (folded[text[i]] & CharClasses.Break) == 0)
        {
            found = default;
            return false;
        }
        // a word that does not pack (long, or other letters) is looked up by hash in KnownWordTable
        var packs = n <= PackedWordTable.MaxLength && (all & CharClasses.Packs) != 0;
        found = new FastWord(start, i - start, n, packs ? key : 0, packs ? 0 : WordTable.Hash(word[..n]), (lastLetter & CharClasses.AlefMaksura) != 0);
        position = i;
        return true;
    }

    /// <summary>
    /// Looks up and emits a batch of plain words in passes, so that the memory reads of different words
    /// overlap instead of queueing: find the words in the first tier (whose slots <see cref="Run"/> prefetched
    /// as it scanned them), prefetching the second-tier slot of those that are not there; find those in the
    /// second tier; then emit in text order.
    /// </summary>
    private void EmitBatch<TSink>(ReadOnlySpan<FastWord> batch, Span<char> words, ref TSink sink) where TSink : struct, ITermSink
    {
        // a fixed-size local, not stackalloc, for the same reason as in Run
        var foundSlots = default(BatchSlots);
        Span<int> slots = foundSlots;
        var misses = false;
        for (var k = 0; k < batch.Length; k++)
        {
            var key = batch[k].Key;
            if (key != 0 && (slots[k] = _packed.FindHot(key)) < 0)
            {
                _packed.PrefetchCold(key);
                misses = true;
            }
        }
        if (misses)
        {
            for (var k = 0; k < batch.Length; k++)
            {
                var key = batch[k].Key;
                if (key != 0 && slots[k] < 0)
                    slots[k] = _packed.FindCold(key);
            }
        }
        if (sink.KeepsStrings)
        {
            // the shared stem strings, one array read each, arrive while the words before them are emitted
            for (var k = 0; k < batch.Length; k++)
            {
                if (batch[k].Key != 0 && slots[k] >= 0)
                    CachePrefetch.Line(ref _packedStems[_packed.StemIndex(slots[k])]);
            }
        }
        for (var k = 0; k < batch.Length; k++)
        {
            var w = batch[k];
            var word = words.Slice(k * FastWordLength, w.WordLength);
            if (w.Key != 0 && slots[k] >= 0)
                EmitPacked(word, slots[k], w.AlefMaksura, w.Start, w.Length, ref sink);
            else
                EmitUnpacked(word, w.Key, w.Hash, w.AlefMaksura, w.Start, w.Length, ref sink);
        }
    }

    /// <summary>The table slot of each word of a batch.</summary>
    [InlineArray(Batch)]
    private struct BatchSlots
    {
        private int _first;
    }

    /// <summary>
    /// A plain Arabic word found by <see cref="ScanFastWord"/>: its source range, normalized length, and its
    /// <see cref="PackedWordTable"/> key, or (key 0) its <see cref="WordTable.Hash"/>.
    /// </summary>
    private readonly record struct FastWord(int Start, int Length, int WordLength, ulong Key, int Hash, bool AlefMaksura);
}

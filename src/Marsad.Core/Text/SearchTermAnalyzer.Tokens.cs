using System.Buffers;
using System.Runtime.CompilerServices;

namespace Marsad.Text;

public sealed partial class SearchTermAnalyzer
{
    /// <summary>Tokens short enough for a stack buffer whatever their normalization expands to.</summary>
    private const int StackTokenLength = 16;

    private const int StackBufferLength = StackTokenLength * ArabicNormalizer.MaxExpansion;

    private void AnalyzeToken<TSink>(ReadOnlySpan<char> raw, TokenKind kind, int start, Span<char> scratch, ref TSink sink) where TSink : struct, ITermSink
    {
        switch (kind)
        {
            case TokenKind.Arabic when raw.Length <= StackTokenLength && TryPlainArabic(raw, start, scratch, ref sink):
                break;
            case TokenKind.Arabic or TokenKind.Latin or TokenKind.Mixed or TokenKind.Mention:
                AnalyzeWord(kind == TokenKind.Mention ? raw[1..] : raw, start, raw.Length, kind == TokenKind.Mention, scratch, ref sink);
                break;
            case TokenKind.Number:
                AnalyzeNumber(raw, start, ref sink);
                break;
            case TokenKind.Hashtag:
                // the words of a hashtag, each with its own offsets: #عاصي_الحلاني → عاصي, حلاني
                var body = raw[1..];
                var position = 0;
                while (ArabicTokenizer.Next(body, ref position) is { } part)
                {
                    if (part.Kind is not (TokenKind.Punctuation or TokenKind.Hashtag))
                        AnalyzeToken(body.Slice(part.Start, part.Length), part.Kind, start + 1 + part.Start, scratch, ref sink);
                }
                break;
        }
    }

    private void AnalyzeWord<TSink>(ReadOnlySpan<char> raw, int start, int length, bool whole, Span<char> scratch, ref TSink sink) where TSink : struct, ITermSink
    {
        var needed = raw.Length <= StackTokenLength ? StackBufferLength : ArabicNormalizer.RequiredLength(raw);
        char[]? rented = null;
        var buffer = needed <= StackBufferLength ? scratch : (rented = ArrayPool<char>.Shared.Rent(needed));
        try
        {
            var word = buffer[..ArabicNormalizer.NormalizeMatching(raw, buffer)];
            if (whole)
            {
                if (word.Length > 0)
                    sink.Add(word, null, start, length);
                return;
            }
            if (IsArabicWord(word))
            {
                EmitArabic(word, EndsWithAlefMaksura(raw), start, length, ref sink);
                return;
            }
            EmitRuns(word, start, length, ref sink);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The common case in one pass: a short Arabic word whose characters each fold to one Arabic letter (or to
    /// nothing) is normalized and checked together. Returns false, having emitted nothing, for anything else
    /// (expansions, surrogates, a combining hamza), which takes the general path.
    /// </summary>
    private bool TryPlainArabic<TSink>(ReadOnlySpan<char> raw, int start, Span<char> scratch, ref TSink sink) where TSink : struct, ITermSink
    {
        var map = MatchingTable.Map;
        var n = 0;
        var last = '\0';
        foreach (var c in raw)
        {
            var m = map[c];
            if (m == MatchingTable.Delete)
            {
                if (c == '\u0654')
                    return false;
                continue;
            }
            if (!ArabicLetters.IsLetter(m))
                return false;
            scratch[n++] = m;
            last = c;
        }
        if (n == 0)
            return false;
        EmitArabic(scratch[..n], last is ArabicLetters.AlefMaksura or '\uFEEF' or '\uFEF0', start, raw.Length, ref sink);
        return true;
    }

    private void EmitArabic<TSink>(Span<char> word, bool alefMaksura, int start, int length, ref TSink sink) where TSink : struct, ITermSink
    {
        if (PackedWordTable.TryPack(word, out var key))
            EmitArabic(word, key, 0, alefMaksura, start, length, ref sink);
        else
            EmitArabic(word, 0, WordTable.Hash(word), alefMaksura, start, length, ref sink);
    }

    /// <summary>
    /// The terms of one matching-normalized Arabic word: known words from the precomputed tables (by
    /// <paramref name="key"/> when the word packs, else by <paramref name="hash"/>), others through the stemmer.
    /// </summary>
    private void EmitArabic<TSink>(Span<char> word, ulong key, int hash, bool alefMaksura, int start, int length, ref TSink sink) where TSink : struct, ITermSink
    {
        if (key != 0)
        {
            var slot = _packed.Find(key);
            if (slot >= 0)
            {
                EmitPacked(word, slot, alefMaksura, start, length, ref sink);
                return;
            }
        }
        EmitUnpacked(word, key, hash, alefMaksura, start, length, ref sink);
    }

    /// <summary>The terms of a word that is not in <see cref="PackedWordTable"/>: from <see cref="KnownWordTable"/>, else through the stemmer.</summary>
    private void EmitUnpacked<TSink>(Span<char> word, ulong key, int hash, bool alefMaksura, int start, int length, ref TSink sink) where TSink : struct, ITermSink
    {
        StopKind kind;
        // a word that packs is in KnownWordTable only if its stem could not be packed (never, with the shipped lexicon)
        if (key != 0 && _knownHasPackable)
            hash = WordTable.Hash(word);
        if (key == 0 || _knownHasPackable)
        {
            var slot = _known.Find(word, hash);
            if (slot >= 0)
            {
                kind = _known.Kind(slot);
                if (kind == StopKind.Always || (kind == StopKind.OnlyWithAlefMaksura && alefMaksura))
                    return;
                sink.Add(_known.Stem(slot, word), sink.KeepsStrings ? _knownStems[slot] : null, start, length);
                return;
            }
        }
        // a word outside the lexicon is stemmed in place, without allocating
        kind = _stemmer.Stem(word, out var s, out var n);
        if (kind == StopKind.Always || (kind == StopKind.OnlyWithAlefMaksura && alefMaksura))
            return;
        sink.Add(word.Slice(s, n), null, start, length);
    }

    /// <summary>The term of a word found in slot <paramref name="slot"/> of <see cref="PackedWordTable"/>, unless it is a stop word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EmitPacked<TSink>(Span<char> word, int slot, bool alefMaksura, int start, int length, ref TSink sink) where TSink : struct, ITermSink
    {
        var kind = _packed.Kind(slot);
        if (kind == StopKind.Always || (kind == StopKind.OnlyWithAlefMaksura && alefMaksura))
            return;
        sink.Add(_packed.Stem(slot, word), sink.KeepsStrings ? _packedStems[_packed.StemIndex(slot)] : null, start, length);
    }

    /// <summary>A mixed word, one term per run of Arabic letters, other letters or digits: كوفيد19 → كوفيد, 19.</summary>
    private void EmitRuns<TSink>(Span<char> word, int start, int length, ref TSink sink) where TSink : struct, ITermSink
    {
        var i = 0;
        while (i < word.Length)
        {
            var kind = RunKind(word[i]);
            var j = i + 1;
            while (j < word.Length && (RunKind(word[j]) == kind || (kind == 2 && char.GetUnicodeCategory(word[j]) == System.Globalization.UnicodeCategory.NonSpacingMark)))
                j++;
            var run = word[i..j];
            // a bare article or preposition glued to a Latin name (الـBBC, بـCNN) is not a term
            if (kind == 1 && !(j < word.Length && IsBareProclitic(run)))
                EmitArabic(run, false, start, length, ref sink);
            else if (kind is 2 or 3)
                sink.Add(run, null, start, length);
            i = j;
        }
    }

    /// <summary>1 Arabic letter, 2 other letter, 3 digit, 0 anything else (a separator).</summary>
    private static int RunKind(char c) =>
        ArabicLetters.IsLetter(c) ? 1 : char.IsLetter(c) ? 2 : char.IsDigit(c) ? 3 : 0;

    private static bool IsBareProclitic(ReadOnlySpan<char> run) =>
        run is "ال" or "وال" or "بال" or "فال" or "كال" or "لل" or "ب" or "ل" or "و" or "ف" or "ك";

    private static bool EndsWithAlefMaksura(ReadOnlySpan<char> raw)
    {
        for (var i = raw.Length - 1; i >= 0; i--)
        {
            var c = raw[i];
            if (ArabicLetters.IsDiacritic(c) || c == ArabicLetters.Tatweel || ArabicLetters.IsInvisibleControl(c))
                continue;
            return c == ArabicLetters.AlefMaksura || c is '\uFEEF' or '\uFEF0';
        }
        return false;
    }

    /// <summary>A number's ASCII digits; a comma before exactly three digits separates thousands, else it is decimal.</summary>
    private static void AnalyzeNumber<TSink>(ReadOnlySpan<char> raw, int start, ref TSink sink) where TSink : struct, ITermSink
    {
        char[]? rented = null;
        var buffer = raw.Length <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        try
        {
            var n = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                var digit = ArabicLetters.DigitValue(c);
                if (digit >= 0)
                    buffer[n++] = (char)('0' + digit);
                else if (c is '\u066C' || (c == ',' && IsThousandsGroup(raw, i + 1)))
                    continue;
                else
                    buffer[n++] = '.';
            }
            sink.Add(buffer[..n], null, start, raw.Length);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> raw, int i)
    {
        var digits = 0;
        while (i + digits < raw.Length && ArabicLetters.DigitValue(raw[i + digits]) >= 0)
            digits++;
        return digits == 3;
    }
}

namespace Marsad.Analysis.Entities;

/// <summary>
/// Lists of known names (one or more tokens each) from several sources, matched against a sentence. A match gives
/// the tagger a feature "this token begins / continues a LOC from the geo list", not a decision: the model learns
/// how far to trust each source. Phrases are kept as 64-bit hashes of their normalized tokens, so matching
/// allocates nothing.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>The longest phrase matched, in tokens.</summary>
    public const int MaxTokens = 6;

    /// <summary>Slots per source: PER LOC ORG MISC and "part of a person's name".</summary>
    public const int Slots = 5;

    public const int PersonNamePart = 4;

    private readonly Dictionary<ulong, uint> _phrases = [];

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase (normalized tokens) under <paramref name="source"/> (0–5, at most 6 sources × 5 slots in 32 bits) and slot (type 0–3 or <see cref="PersonNamePart"/>).</summary>
    public void Add(ReadOnlySpan<string> tokens, int source, int slot)
    {
        if (tokens.Length is 0 or > MaxTokens)
            return;
        var hash = FeatureHash.Start(0);
        for (var i = 0; i < tokens.Length; i++)
            hash = Next(hash, tokens[i]);
        _phrases[hash] = _phrases.GetValueOrDefault(hash) | Bit(source, slot);
    }

    /// <summary>Adds every entry of <paramref name="other"/>.</summary>
    public void AddAll(Gazetteer other)
    {
        foreach (var (hash, bits) in other._phrases)
            _phrases[hash] = _phrases.GetValueOrDefault(hash) | bits;
    }

    /// <summary>
    /// Marks, for every token, the sources/slots (those in <paramref name="mask"/>) of the phrases it begins and
    /// continues. The first token of a phrase may also match without its proclitic (<paramref name="bare"/>: والصين
    /// matches الصين).
    /// </summary>
    public void Match(ReadOnlySpan<string> words, ReadOnlySpan<string> bare, Span<uint> begins, Span<uint> insides, uint mask)
    {
        begins.Clear();
        insides.Clear();
        for (var i = 0; i < words.Length; i++)
        {
            MatchFrom(words, i, words[i], begins, insides, mask);
            if (!ReferenceEquals(bare[i], words[i]))
                MatchFrom(words, i, bare[i], begins, insides, mask);
        }
    }

    private void MatchFrom(ReadOnlySpan<string> words, int start, string first, Span<uint> begins, Span<uint> insides, uint mask)
    {
        var hash = Next(FeatureHash.Start(0), first);
        var end = Math.Min(words.Length, start + MaxTokens);
        for (var j = start; ;)
        {
            if (_phrases.TryGetValue(hash, out var found) && (found & mask) is var bits and not 0)
            {
                begins[start] |= bits;
                for (var k = start + 1; k <= j; k++)
                    insides[k] |= bits;
            }
            if (++j >= end)
                break;
            hash = Next(hash, words[j]);
        }
    }

    /// <summary>
    /// The longest phrase beginning at <paramref name="start"/> (its first token read as <paramref name="first"/>)
    /// whose bits meet <paramref name="mask"/>: its length in tokens (0 when none) and those bits.
    /// </summary>
    public int LongestAt(ReadOnlySpan<string> words, int start, string first, uint mask, out uint bits)
    {
        bits = 0;
        var best = 0;
        var hash = Next(FeatureHash.Start(0), first);
        var end = Math.Min(words.Length, start + MaxTokens);
        for (var j = start; ;)
        {
            if (_phrases.TryGetValue(hash, out var found) && (found & mask) != 0)
            {
                best = j - start + 1;
                bits = found & mask;
            }
            if (++j >= end)
                break;
            hash = Next(hash, words[j]);
        }
        return best;
    }

    /// <summary>The bit of one slot (type) of one source.</summary>
    public static uint Bit(int source, int slot) => 1u << ((source * Slots) + slot);

    /// <summary>The bits of every slot of <paramref name="source"/>.</summary>
    public static uint SourceMask(int source) => ((1u << Slots) - 1) << (source * Slots);

    private static ulong Next(ulong hash, string token) => FeatureHash.Add(FeatureHash.Add(hash, token), '\u0001');

    /// <summary>Reads <c>TYPE TAB phrase</c> lines (TYPE one of PER LOC ORG MISC PERPART) into <paramref name="source"/>.</summary>
    public void Read(TextReader reader, int source)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
                throw new InvalidDataException($"gazetteer: expected 'TYPE<TAB>phrase', got '{line}'");
            var slot = SlotOf(line[..tab]);
            Add(NerText.NormalizePhrase(line[(tab + 1)..]), source, slot);
        }
    }

    public static int SlotOf(string type) => type switch
    {
        "PER" or "PERS" => 0,
        "LOC" => 1,
        "ORG" => 2,
        "MISC" => 3,
        "PERPART" => PersonNamePart,
        _ => throw new InvalidDataException($"gazetteer: unknown type '{type}'"),
    };
}

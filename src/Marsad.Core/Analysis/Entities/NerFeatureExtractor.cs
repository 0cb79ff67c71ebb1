namespace Marsad.Analysis.Entities;

/// <summary>
/// Turns a sentence's tokens into feature hashes for the tagger. Per token it reads: the normalized word, the word
/// without its proclitic (وروسيا → روسيا) and without the article (الصين → صين), prefixes and suffixes, the shape,
/// the word's cluster at three granularities, gazetteer matches, trigger words, and the same for the neighbours
/// within two tokens. The trainer and the runtime tagger share this class, so they cannot drift apart.
/// Not thread-safe (it reuses buffers): use one per thread.
/// </summary>
internal sealed partial class NerFeatureExtractor(NerLexicon lexicon)
{
    private const string SentenceStart = "<s>";
    private const string SentenceEnd = "</s>";

    private TokenInfo[] _info = new TokenInfo[128];
    private string[] _words = new string[128];
    private string[] _remainders = new string[128];
    private uint[] _begins = new uint[128];
    private uint[] _insides = new uint[128];

    public NerLexicon Lexicon { get; } = lexicon;

    /// <summary>Computes the features of every token of <paramref name="tokens"/> into <paramref name="output"/>.</summary>
    public void Extract(IReadOnlyList<string> tokens, SentenceFeatures output)
    {
        var n = tokens.Count;
        EnsureCapacity(n);
        for (var i = 0; i < n; i++)
        {
            _info[i] = Analyze(tokens[i]);
            _words[i] = _info[i].Word;
            _remainders[i] = _info[i].Remainder;
        }
        Lexicon.Gazetteer.Match(_words.AsSpan(0, n), _remainders.AsSpan(0, n), _begins.AsSpan(0, n), _insides.AsSpan(0, n));
        output.Reset(n);
        for (var i = 0; i < n; i++)
        {
            Emit(i, n, output);
            output.EndToken();
        }
    }

    private void EnsureCapacity(int n)
    {
        if (_info.Length >= n)
            return;
        var size = Math.Max(n, _info.Length * 2);
        _info = new TokenInfo[size];
        _words = new string[size];
        _remainders = new string[size];
        _begins = new uint[size];
        _insides = new uint[size];
    }

    private TokenInfo Analyze(string token)
    {
        var word = NerText.Normalize(token);
        var clusters = Lexicon.Clusters;
        var procliticLength = Proclitics.Split(word, clusters, out var remainder);
        var bare = Proclitics.WithoutArticle(remainder);
        var article = !ReferenceEquals(bare, remainder);
        // the cluster of the word as written, else of the word without proclitic, else without article
        var source = 0;
        if (!clusters.TryGet(word, out var entry))
        {
            source = 1;
            if (!clusters.TryGet(remainder, out entry))
            {
                source = 2;
                if (!clusters.TryGet(bare, out entry))
                {
                    source = 3;
                    entry = new WordClusters.Entry(0, -1, -1, -1);
                }
            }
        }
        var trigger = Lexicon.Triggers.CategoryOf(word);
        if (trigger == 0 && procliticLength > 0)
            trigger = Lexicon.Triggers.CategoryOf(remainder);
        var proclitic = procliticLength == 0 ? (article ? "+ال" : "") : word[..procliticLength] + (article ? "+ال" : "");
        return new TokenInfo(word, remainder, bare, proclitic, WordShape.Of(token), entry, source, trigger);
    }

    /// <summary>What the features read about one token, computed once per sentence.</summary>
    private readonly record struct TokenInfo(
        string Word,
        string Remainder,
        string Bare,
        string Proclitic,
        string Shape,
        WordClusters.Entry Cluster,
        int ClusterSource,
        int Trigger);
}

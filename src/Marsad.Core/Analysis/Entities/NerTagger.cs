namespace Marsad.Analysis.Entities;

/// <summary>
/// Tags the tokens of a sentence with BIO labels over PER LOC ORG MISC (O outside): a linear-chain CRF over rich
/// lexical, cluster and gazetteer features, whose emission scores are joined by the label probabilities of a small
/// ensemble of BiLSTM-CRF networks (<see cref="NerNetworks"/>), decoded with Viterbi under the BIO constraint (I-X
/// only continues X). The models and lexicons are embedded in Marsad.Core (models/ner.bin, models/ner-lstm.bin,
/// clusters/, gazetteers/). Thread-safe.
/// </summary>
public sealed class NerTagger
{
    private static readonly Lazy<NerTagger> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;
    private readonly NerLexicon _lexicon;
    private readonly INerEmissionScores? _extraScores;
    private readonly ThreadLocal<Scratch> _scratch;

    internal NerTagger(NerModel model, NerLexicon lexicon, INerEmissionScores? extraScores = null)
    {
        _model = model;
        _lexicon = lexicon;
        _extraScores = extraScores;
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(new NerFeatureExtractor(_lexicon)));
    }

    /// <summary>Longer token runs (a text without sentence punctuation) are tagged in windows of this many tokens.</summary>
    internal const int MaxSentence = 400;

    /// <summary>The tagger with Marsad's shipped model (loaded on first use).</summary>
    public static NerTagger Default => Shared.Value;

    /// <summary>The BIO tag of each token ("B-PER", "I-LOC", "O", …).</summary>
    public string[] Tag(IReadOnlyList<string> tokens)
    {
        var labels = TagLabels(tokens);
        var tags = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
            tags[i] = NerLabels.Names[labels[i]];
        return tags;
    }

    internal NerLexicon Lexicon => _lexicon;

    /// <summary>The label (<see cref="NerLabels"/>) of each token.</summary>
    internal int[] TagLabels(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        if (n <= MaxSentence)
            return TagWindow(tokens);
        var result = new int[n];
        var window = new List<string>(MaxSentence);
        for (var start = 0; start < n; start += MaxSentence)
        {
            window.Clear();
            for (var i = start; i < Math.Min(n, start + MaxSentence); i++)
                window.Add(tokens[i]);
            TagWindow(window).CopyTo(result, start);
        }
        return result;
    }

    private int[] TagWindow(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        var result = new int[n];
        if (n == 0)
            return result;
        var scratch = _scratch.Value!;
        scratch.Extractor.Extract(tokens, scratch.Features);
        var labels = _model.Labels;
        var emissions = scratch.Emissions(n * labels);
        for (var i = 0; i < n; i++)
            _model.Score(scratch.Features.Of(i), emissions.AsSpan(i * labels, labels));
        _extraScores?.AddTo(scratch.Extractor, tokens, emissions.AsSpan(0, n * labels));
        Viterbi.Decode(emissions, _model.Transitions, n, labels, result, scratch);
        scratch.Extractor.TagCuratedNames(result);
        scratch.Extractor.SplitCoordinatedPersons(result);
        scratch.Extractor.RetypeClubsBeforeNisbas(result);
        scratch.Extractor.RetypeClubLists(tokens, result);
        scratch.Extractor.RetypeStadiums(tokens, result);
        WorkTitles.Tag(tokens, result);
        return result;
    }

    /// <summary>The BiLSTM-CRF networks whose label probabilities are added to the CRF's scores (<see cref="NerNetworks"/>).</summary>
    internal const string NetworksResource = "models/ner-lstm.bin";

    private static NerTagger LoadEmbedded()
    {
        // the networks load on another thread while the CRF and its lexicons load on this one
        var networks = Task.Run(() =>
        {
            if (!EmbeddedData.Exists(NetworksResource))
                return null;
            using var stream = EmbeddedData.Open(NetworksResource);
            return NerNetworks.Read(stream);
        });
        NerModel model;
        using (var stream = EmbeddedData.Open("models/ner.bin"))
            model = NerModel.Read(stream);
        var lexicon = NerLexicon.LoadEmbedded();
        return new NerTagger(model, lexicon, networks.GetAwaiter().GetResult());
    }

    /// <summary>Per-thread buffers.</summary>
    internal sealed class Scratch(NerFeatureExtractor extractor)
    {
        private float[] _emissions = new float[1024];
        private float[] _delta = new float[1024];
        private int[] _back = new int[1024];

        public NerFeatureExtractor Extractor { get; } = extractor;

        public SentenceFeatures Features { get; } = new();

        public float[] Emissions(int size) => _emissions.Length >= size ? _emissions : _emissions = new float[size * 2];

        public float[] Delta(int size) => _delta.Length >= size ? _delta : _delta = new float[size * 2];

        public int[] Back(int size) => _back.Length >= size ? _back : _back = new int[size * 2];
    }
}

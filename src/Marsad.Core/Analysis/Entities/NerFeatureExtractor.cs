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

    /// <summary>The gazetteer sources features read: all but the fill list (<see cref="NerLexicon.FillSource"/>).</summary>
    private static readonly uint FeatureSources = ~Gazetteer.SourceMask(NerLexicon.FillSource);

    /// <summary>The lists whose names <see cref="TagCuratedNames"/> fills in where the model left them O.</summary>
    private static readonly uint CuratedSources = Gazetteer.SourceMask(NerLexicon.CuratedSource)
        | Gazetteer.SourceMask(NerLexicon.PeopleSource) | Gazetteer.SourceMask(NerLexicon.FillSource);

    private TokenInfo[] _info = new TokenInfo[128];
    private string[] _words = new string[128];
    private string[] _remainders = new string[128];
    private uint[] _begins = new uint[128];
    private uint[] _insides = new uint[128];

    // the trigger categories of place and organisation head nouns (RetypeClubsBeforeNisbas)
    private readonly int _placeHead = lexicon.Triggers.CategoryNamed("LOCHEAD");
    private readonly int _organisationHead = lexicon.Triggers.CategoryNamed("ORGHEAD");

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
        _topic = SentenceTopicOf(n);
        // the fill list is for after decoding only: no feature (and no network input) sees it
        Lexicon.Gazetteer.Match(_words.AsSpan(0, n), _remainders.AsSpan(0, n), _begins.AsSpan(0, n), _insides.AsSpan(0, n), FeatureSources);
        output.Reset(n);
        for (var i = 0; i < n; i++)
        {
            Emit(i, n, output);
            output.EndToken();
        }
    }

    /// <summary>
    /// After tagging the sentence last passed to <see cref="Extract"/>: names of the hand-written lists (modern
    /// organisations, modern people, and the fill list: currencies, agencies, international bodies) that the model
    /// left entirely O are tagged with the list's type. The lists are short and unambiguous by construction, and they
    /// name exactly what 2007 training text cannot know (بان كي مون after 2007, داعش) or knows from a few sentences
    /// only (شيكل).
    /// </summary>
    public void TagCuratedNames(int[] labels)
    {
        var n = labels.Length;
        var words = _words.AsSpan(0, n);
        for (var i = 0; i < n; i++)
        {
            var length = Lexicon.Gazetteer.LongestAt(words, i, _words[i], CuratedSources, out var bits);
            if (length == 0 && !ReferenceEquals(_remainders[i], _words[i]))
                length = Lexicon.Gazetteer.LongestAt(words, i, _remainders[i], CuratedSources, out bits);
            if (length == 0 || !NerLabels.IsUntagged(labels, i, length))
                continue;
            var slot = System.Numerics.BitOperations.TrailingZeroCount(bits) % Gazetteer.Slots;
            if (slot >= NerLabels.Types.Length)
                continue;
            NerLabels.Mark(labels, i, length, slot);
            i += length - 1;
        }
    }

    /// <summary>
    /// After tagging the sentence last passed to <see cref="Extract"/>: a person's name does not run over the
    /// conjunction و. A word inside a PER name starts a second name (بوش وبلير، روبرتو كارلوس وبيكام are two people)
    /// when the proclitic split takes its و off (وبلير → و + بلير because بلير is far more frequent than وبلير; وليد
    /// and وايت stay whole), or when the word is too rare for that evidence and still reads as و + a name
    /// (<see cref="Proclitics.IsRareConjoined"/>: ومودريتيش، وخوانفران).
    /// </summary>
    public void SplitCoordinatedPersons(int[] labels)
    {
        for (var i = 1; i < labels.Length; i++)
        {
            if (labels[i] == NerLabels.Inside(NerLabels.Person)
                && (_info[i].Proclitic is "و" or "و+ال" || Proclitics.IsRareConjoined(_words[i], Lexicon.Clusters)))
                labels[i] = NerLabels.Begin(NerLabels.Person);
        }
    }

    /// <summary>
    /// Masculine nouns that head a place's name and are not trigger words (منتجع سوتشي الروسي، قطاع غزة الفلسطيني: the
    /// adjective agrees with them), as <see cref="NerText.Normalize"/> writes them.
    /// </summary>
    private static readonly HashSet<string> MasculinePlaceNouns = new[]
    {
        "قطاع", "منتجع", "معبر", "سجن", "مرفأ", "مضيق", "سهل", "ساحل", "شاطئ", "قصر", "فندق", "مستشفى", "حقل", "منفذ",
        "ملعب", "استاد", "مسجد", "متحف", "معرض", "مبنى", "موقع",
    }.Select(NerText.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// After tagging the sentence last passed to <see cref="Extract"/>: a place name followed by a masculine
    /// nationality adjective is a club. Arabic treats cities as feminine, so the adjective of ليون the city is
    /// الفرنسية, while in ليون الفرنسي، هامبورغ الألماني، قطر القطري it agrees with the (masculine) club, نادي. The LOC
    /// mention becomes ORG, unless the head noun of a place or organisation name stands before it (مطار عمان الأردني,
    /// سوق دبي، منتجع سوتشي: the adjective agrees with that noun) or the place's name starts with the article: regions with it are
    /// masculine (الجولان السوري، الشمال السوري، الريف المغربي), clubs named after cities rarely have it.
    /// </summary>
    public void RetypeClubsBeforeNisbas(int[] labels)
    {
        var inside = NerLabels.Inside(NerLabels.Location);
        // the adjective after the last place kept because of its head noun: "مطاري عمان الأردني ودمشق السوري" shares it
        var headedAdjective = -1;
        for (var i = 1; i < labels.Length; i++)
        {
            if (labels[i] != NerLabels.Outside || (labels[i - 1] != NerLabels.Begin(NerLabels.Location) && labels[i - 1] != inside)
                || !NisbaTrimmer.IsMasculineNisba(_words[i], Lexicon.Gazetteer))
                continue;
            var start = i - 1;
            while (start > 0 && labels[start] == inside)
                start--;
            if (_info[start].Proclitic.EndsWith("ال", StringComparison.Ordinal))
                continue;
            if (start > 0 && (IsPlaceHead(_info[start - 1])
                || (start - 1 == headedAdjective && _info[start].Proclitic.StartsWith('و'))))
            {
                headedAdjective = i;
                continue;
            }
            NerLabels.Mark(labels, start, i - start, NerLabels.Organisation);
        }
    }

    /// <summary>A head noun of a place or organisation name, also in the dual's construct form (مطاري عمان ودمشق).</summary>
    private bool IsPlaceHead(TokenInfo token)
    {
        bool IsHead(int category) => category != 0 && (category == _placeHead || category == _organisationHead);
        if (IsHead(token.Trigger))
            return true;
        foreach (var form in (ReadOnlySpan<string>)[token.Word, token.Remainder])
        {
            if (MasculinePlaceNouns.Contains(form) || (form.Length > 3 && form[^1] == 'ي' && IsHead(Lexicon.Triggers.CategoryOf(form.AsSpan(0, form.Length - 1)))))
                return true;
        }
        return false;
    }

    /// <summary>
    /// What the last <see cref="Extract"/> read about token <paramref name="i"/>: its forms, clitics, trigger
    /// category and gazetteer matches (the dense inputs of the neural tagger's trainer, ner-export).
    /// </summary>
    public NerTokenView TokenAt(int i)
    {
        var t = _info[i];
        return new NerTokenView(t.Word, t.Remainder, t.Bare, t.Proclitic, t.Trigger, _begins[i], _insides[i], t.Cluster);
    }

    /// <summary>
    /// The sentence's topic as the coarse cluster most of its content words fall in (football, cars, elections…),
    /// or -1 when no cluster has two of them: the same name is a club in a match report and a city elsewhere.
    /// </summary>
    private int SentenceTopicOf(int n)
    {
        Span<byte> counts = stackalloc byte[TopicClusters];
        var best = -1;
        var bestCount = 1;
        for (var i = 0; i < n; i++)
        {
            var cluster = _info[i].Cluster;
            if (cluster.Frequency is 0 or > MaxTopicWordFrequency || cluster.Coarse < 0 || cluster.Coarse >= TopicClusters)
                continue;
            var count = ++counts[cluster.Coarse];
            if (count > bestCount || (count == bestCount && best >= 0 && cluster.Coarse < best))
            {
                best = cluster.Coarse;
                bestCount = count;
            }
        }
        return best;
    }

    private const int TopicClusters = 64;

    /// <summary>Words more frequent than this in the news corpus are function words and news boilerplate.</summary>
    private const int MaxTopicWordFrequency = 3000;

    private int _topic;

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

    /// <summary>
    /// A token as <see cref="Extract"/> read it: the normalized word, the word without its proclitic and without
    /// the article, the proclitic (with "+ال" for the article; empty when none), the trigger category, the
    /// gazetteer's begin and inside bits (<see cref="Gazetteer.Slots"/> per source) and the word's clusters (of the
    /// word, else without proclitic, else without article; -1 levels when none).
    /// </summary>
    internal readonly record struct NerTokenView(
        string Word,
        string Remainder,
        string Bare,
        string Proclitic,
        int Trigger,
        uint GazetteerBegins,
        uint GazetteerInsides,
        WordClusters.Entry Cluster);

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

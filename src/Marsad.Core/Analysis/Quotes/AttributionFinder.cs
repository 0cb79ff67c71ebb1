namespace Marsad.Analysis.Quotes;

/// <summary>
/// Finds the attributions of one article body: walks the tokens once, and at each reporting cue reads its frame
/// (speaker, addressee, outlet, adjuncts) up to the content marker — a complementizer (أن/إن/بأن), the cue's
/// preposition (إلى، على، عن، بـ), a colon or a quotation mark — then the content up to the end of its clause.
/// Cues inside quoted words or inside the content of an earlier attribution are embedded speech and are skipped.
/// </summary>
internal sealed partial class AttributionFinder
{
    /// <summary>How far (in tokens) a cue's frame may run before its content starts.</summary>
    private const int MaxFrame = 30;

    /// <summary>The shorter frame of a cue that is also an everyday word (زاد، بين، ذكر).</summary>
    private const int MaxStrictFrame = 18;

    /// <summary>A participle has no subject of its own: its content marker comes within a few adjunct words (مشيراً في تصريح لـ«…» إلى).</summary>
    private const int MaxParticipleFrame = 9;

    private readonly QuoteDocument _doc;
    private readonly QuoteLexicon _lex;
    private readonly EntityIndex _entities;
    private readonly List<Attribution> _found = [];

    /// <summary>Speakers handed forward by a verb to the saying word in its frame ("وأكد عبدالرحمن قائلا").</summary>
    private readonly Dictionary<int, (SpeakerPhrase? Speaker, Attribution? Antecedent, string? Via)> _handOver = [];

    /// <summary>Words read as parts of names earlier in this article: they start a name again ("أوباما" after "باراك أوباما").</summary>
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Names with titles found by <see cref="LearnNames"/>.</summary>
    private readonly List<SpeakerPhrase> _mentions = [];

    /// <summary>Quoted spans already taken as the content of an attribution.</summary>
    private readonly HashSet<int> _usedQuotes = [];

    public AttributionFinder(QuoteDocument doc, QuoteLexicon lexicon, EntityIndex entities)
    {
        _doc = doc;
        _lex = lexicon;
        _entities = entities;
    }

    public List<Attribution> Find(CancellationToken cancellationToken = default)
    {
        LearnNames();
        var consumed = 0;
        for (var i = 0; i < _doc.Count; i++)
        {
            if ((i & 1023) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (i < consumed)
                continue;
            ref readonly var t = ref _doc.Tokens[i];
            if (!t.IsWord || t.Quote >= 0)
                continue;
            if (TryPostposed(i, out var postposedEnd))
            {
                consumed = Math.Max(consumed, postposedEnd);
                continue;
            }
            if (!_lex.TryCue(t.Key, out var cue, out var prefixLetters) || !ContextAllows(i, cue))
                continue;
            var found = TryAttribute(i, cue, prefixLetters);
            if (found is null)
                continue;
            _found.Add(found);
            consumed = Math.Max(consumed, found.ContentEnd);
        }
        return _found;
    }

    /// <summary>
    /// Reads every "title + name" in the body once before attributions are looked for, so that a name seen anywhere
    /// ("رئيس الوزراء حيدر العبادي") is known as one when it appears alone later ("وحث السيستاني العبادي على …").
    /// </summary>
    internal void LearnNames()
    {
        for (var k = 0; k < _doc.Count; k++)
        {
            if (!_doc.Tokens[k].IsWord || !_lex.IsTitle(_doc.Key(k)) || (k > 0 && _doc.Tokens[k - 1].IsWord && _lex.IsTitle(_doc.Key(k - 1))))
                continue;
            var phrase = ParsePhrase(k, SentenceLimit(k));
            if (phrase is null)
                continue;
            if (phrase.HasName && (PersonEntityEnd(phrase.NameFirst, phrase.NameLast + 1) >= phrase.NameFirst || _lex.IsGivenName(_doc.Key(phrase.NameFirst))))
                _mentions.Add(phrase); // a person's name, not whatever word a title happens to precede
            k = Math.Max(k, phrase.Last);
        }
    }

    /// <summary>
    /// Every person the body names with a title before the name (a person the entity step tagged, or a given name) and
    /// the apposition after it ("الأمير خالد بن سلمان، السفير السعودي بالولايات المتحدة"), as read by
    /// <see cref="LearnNames"/>: the people a title-only speaker may refer to.
    /// </summary>
    internal IReadOnlyList<SpeakerPhrase> Mentions => _mentions;

    /// <summary>The noun phrase (a name with its titles, a description or an outlet) starting at <paramref name="i"/>.</summary>
    internal SpeakerPhrase? PhraseAt(int i, int limit) => ParsePhrase(i, limit);

    /// <summary>True for a word read as part of a name in this article (after <see cref="LearnNames"/>).</summary>
    internal bool IsKnownName(string key) => _names.Contains(key) || _lex.IsGivenName(key);

    /// <summary>The subject of the sentence containing <paramref name="i"/>, read before it.</summary>
    internal SpeakerPhrase? SentenceSubject(int i) => ClauseSubject(SentenceStart(i), i);

    /// <summary>
    /// Rejects cues that report nothing: negated (لم يذكر), in a relative clause (الذي يرى فيه), after a complementizer
    /// (بعد أن أعلن), and أن/ما before a verb unless it is a naming verb (ما سمته «…»).
    /// </summary>
    private bool ContextAllows(int i, CueWord cue)
    {
        if (i == 0 || !_doc.SameSentence(i - 1, i) || !_doc.Tokens[i - 1].IsWord)
            return true;
        var previous = _doc.Key(i - 1);
        if (previous == "ما")
            return cue.Entry.Has(CueFlags.Name);
        if (RelativeStatementSpeaker(i, cue) is not null)
            return true;
        return previous is not ("لم" or "لن" or "لا" or "ليس" or "الذي" or "التي" or "الذين" or "اللذين" or "اللتين" or "اللذان"
            or "اللتان" or "ان" or "لان" or "كي" or "لكي" or "حتي" or "قبل" or "بعد" or "يتوقع" or "يعتقد" or "نادرا");
    }

    /// <summary>
    /// "… محمد البقمي الذي كشف أن …"، "رئيس الوزراء الإسرائيلي الذي أكد أن": a past reporting verb right after a relative
    /// pronoun, with its content marker right after it, states something (gold README, dev3) when the relative clause
    /// describes a named or titled person — that person is the speaker. After any other noun the pronoun may be the
    /// verb's object ("استراتيجيتها التي قالت إنها الأفضل") or the clause a description ("الذي يرى فيه خطرا"): null.
    /// </summary>
    private SpeakerPhrase? RelativeStatementSpeaker(int i, CueWord cue)
    {
        if (i < 2 || !_doc.Tokens[i - 1].IsWord || QuoteLexicon.StripConjunction(_doc.Key(i - 1)) is not ("الذي" or "التي" or "الذين")
            || cue.Form != CueForm.Verb || _doc.Key(i)[0] is 'ي' or 'ت' || !PrecedesMarker(i + 1))
            return null;
        var from = SentenceStart(i);
        return PersonRightBefore(i - 1, from) ?? (PhraseRightBefore(i - 1, from) is { Kind: SpeakerKind.Title } title ? title : null);
    }

    /// <summary>The cue as written: the token without the conjunction/preposition letters matching stripped.</summary>
    private string CueText(int i, int prefixLetters)
    {
        var surface = _doc.Surface(i);
        var k = 0;
        for (var n = 0; n < prefixLetters && k < surface.Length; n++)
        {
            k++;
            while (k < surface.Length && Text.ArabicLetters.IsDiacritic(surface[k]))
                k++;
        }
        return surface[k..];
    }

    /// <summary>The most recent attribution whose cue agrees in gender/number (else the most recent one).</summary>
    private Attribution? LastSpeaker(CueGender gender, int before)
    {
        Attribution? any = null;
        for (var k = _found.Count - 1; k >= 0; k--)
        {
            var a = _found[k];
            if (a.CueToken >= before)
                continue;
            any ??= a;
            if (a.Root.CueWord.Gender == gender || a.CueWord.Gender == gender)
                return a;
        }
        return any;
    }
}

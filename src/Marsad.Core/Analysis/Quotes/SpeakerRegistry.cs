namespace Marsad.Analysis.Quotes;

/// <summary>
/// The people (and organizations) an article names, for <c>speaker_canonical</c>: every name written with its
/// titles and appositions, names introduced by "ويدعى"، and aliases in parentheses ("حركة المقاومة الإسلامية (حماس)").
/// A speaker resolves to the fullest name that ends (or starts) with its name words — ميدفيديف → ديمتري ميدفيديف —
/// and a title-only speaker (المفتي، الوزير البريطاني) to the person who carries those title words in the article.
/// </summary>
internal sealed partial class SpeakerRegistry
{
    private sealed record Person(string Name, string[] NameKeys, HashSet<string> TitleKeys, int Token);

    private readonly QuoteDocument _doc;
    private readonly QuoteLexicon _lex;
    private readonly List<Person> _people = [];
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Person> _called = [];
    private readonly List<(string Head, int Token, string Canonical)> _descriptions = [];

    public SpeakerRegistry(QuoteDocument doc, QuoteLexicon lexicon)
    {
        _doc = doc;
        _lex = lexicon;
    }

    /// <summary>Registers a written name with the title words around it.</summary>
    public void AddPhrase(SpeakerPhrase phrase)
    {
        if (!phrase.HasName)
            return;
        var titles = new HashSet<string>(StringComparer.Ordinal);
        AddTitleWords(titles, phrase.First, phrase.NameFirst - 1);
        if (phrase.AppositionFirst >= 0)
            AddTitleWords(titles, phrase.AppositionFirst, phrase.AppositionLast);
        Add(_doc.Span(phrase.NameFirst, phrase.NameLast), phrase.NameFirst, phrase.NameLast, titles, phrase.NameFirst);
    }

    /// <summary>Registers a person mention found by the entity step (its tokens, trimmed to the name).</summary>
    public void AddEntity(int firstToken, int lastToken)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        Add(_doc.Span(firstToken, lastToken), firstToken, lastToken, titles, firstToken);
    }

    private void Add(string name, int first, int last, HashSet<string> titles, int token)
    {
        var keys = NameKeys(first, last);
        if (keys.Length == 0)
            return;
        var existing = _people.FindIndex(p => p.NameKeys.SequenceEqual(keys));
        if (existing >= 0)
        {
            _people[existing].TitleKeys.UnionWith(titles);
            if (token < _people[existing].Token)
                _people[existing] = _people[existing] with { Token = token };
            return;
        }
        _people.Add(new Person(name, keys, titles, token));
    }

    private void AddTitleWords(HashSet<string> titles, int first, int last)
    {
        for (var k = first; k <= last && k >= 0; k++)
        {
            if (_doc.Tokens[k].IsWord && !_lex.IsFunctionWord(_doc.Key(k)))
                titles.Add(ContentKey(_doc.Key(k)));
        }
    }

    /// <summary>A title word's comparison key: without a conjunction و, the article (ال/لل) and a glued ب/ل.</summary>
    private string ContentKey(string key)
    {
        if (key.Length > 3 && key[0] == 'و' && !_lex.Titles.Contains(QuoteLexicon.StripArticle(key))
            && (QuoteLexicon.IsDefinite(key[1..]) || _lex.IsTitle(key[1..])))
            key = key[1..];
        key = QuoteLexicon.StripArticle(key);
        if (key.Length > 4 && key.StartsWith("بال", StringComparison.Ordinal))
            key = key[3..];
        return key;
    }

    /// <summary>Name tokens folded, with عبد/أبو joined to the next word so "عبد الرحمن" and "عبدالرحمن" compare equal.</summary>
    private string[] NameKeys(int first, int last)
    {
        var keys = new List<string>();
        for (var k = first; k <= last; k++)
        {
            if (!_doc.Tokens[k].IsWord)
                continue;
            var key = _doc.Key(k);
            if (keys.Count > 0 && keys[^1] is "عبد" or "ابو")
                keys[^1] += key;
            else
                keys.Add(key);
        }
        return [.. keys];
    }

    /// <summary>
    /// The canonical name for a speaker phrase: the fullest registered name sharing its name words; for a title or
    /// description, the person carrying those title words, an alias's full form, or the phrase itself.
    /// </summary>
    public string Resolve(SpeakerPhrase phrase, string written)
    {
        if (phrase.Kind == SpeakerKind.Outlet)
            return QuotedInside(phrase) ?? written;
        if (IsHashtag(phrase))
            return HashtagWords(written);
        var alias = AliasFor(phrase);
        if (alias is not null)
            return alias;
        if (CalledAfter(phrase) is { } called)
            return Fullest(called.NameKeys)?.Name ?? called.Name;
        if (phrase.HasName)
        {
            var keys = NameKeys(phrase.NameFirst, phrase.NameLast);
            var best = Fullest(keys) ?? WithoutArticle(keys);
            return best?.Name ?? _doc.Span(phrase.NameFirst, phrase.NameLast);
        }
        var byTitle = ByTitle(phrase);
        if (byTitle is not null)
            return byTitle;
        // a surname written after a title without a given name: الدكتور الحقباني
        for (var k = phrase.Last; k >= phrase.First; k--)
        {
            var person = Fullest([_doc.Key(k)]) ?? (phrase.First == phrase.Last ? WithoutArticle([_doc.Key(k)]) : null);
            if (person is not null && person.NameKeys.Length > 1)
                return person.Name;
        }
        return written;
    }

    /// <summary>
    /// Remembers a speaker introduced by an indefinite description or title ("مصدر في قوات البيشمركة الكردية", "محقق من
    /// الهيئة الوطنية …") with its canonical form, for a later definite mention of the same head (<see cref="Anaphor"/>).
    /// </summary>
    public void AddDescription(SpeakerPhrase phrase, string canonical)
    {
        if (IsHashtag(phrase))
        {
            _descriptions.Add((QuoteLexicon.Fold(canonical.Split(' ')[0]), phrase.First, canonical));
            return;
        }
        if (phrase.HasName || phrase.Kind == SpeakerKind.Outlet)
            return;
        var key = _doc.Key(phrase.First);
        if (!QuoteLexicon.IsDefinite(key))
            _descriptions.Add((key, phrase.First, canonical));
    }

    /// <summary>
    /// The canonical form of a definite description that takes up an earlier indefinite speaker with the same head noun:
    /// "وقال المصدر" after "أفاد مصدر في قوات البيشمركة"، "وأضاف المحقق" after "وقال محقق من الهيئة …". Null otherwise.
    /// </summary>
    public string? Anaphor(SpeakerPhrase phrase)
    {
        if (phrase.HasName || phrase.Kind == SpeakerKind.Outlet)
            return null;
        var key = _doc.Key(phrase.First);
        if (!QuoteLexicon.IsDefinite(key))
            return null;
        var head = QuoteLexicon.StripArticle(key);
        for (var n = _descriptions.Count - 1; n >= 0; n--)
        {
            if (_descriptions[n].Token < phrase.First && _descriptions[n].Head == head)
                return _descriptions[n].Canonical;
        }
        return null;
    }

    /// <summary>A speaker written as one hashtag (#صندوق_النقد_الدولي, in articles that tag their subjects).</summary>
    private bool IsHashtag(SpeakerPhrase phrase) =>
        phrase.First == phrase.Last && _doc.Text[_doc.Tokens[phrase.First].Start] == '#';

    /// <summary>The words of a hashtag: #صندوق_النقد_الدولي → صندوق النقد الدولي.</summary>
    private static string HashtagWords(string tag) => tag[1..].Replace('_', ' ').Trim();

    /// <summary>"القطان" after "السفير أحمد قطان": a lone definite surname is the full name whose last word it is without ال.</summary>
    private Person? WithoutArticle(string[] keys) =>
        keys.Length == 1 && QuoteLexicon.IsDefinite(keys[0]) && keys[0].StartsWith("ال", StringComparison.Ordinal)
            && Fullest([QuoteLexicon.StripArticle(keys[0])]) is { NameKeys.Length: > 1 } person && person.NameKeys[^1] == QuoteLexicon.StripArticle(keys[0])
            ? person
            : null;

    private Person? Fullest(string[] keys)
    {
        if (keys.Length == 0)
            return null;
        Person? best = null;
        foreach (var p in _people)
        {
            if (p.NameKeys.Length < keys.Length)
                continue;
            var suffix = p.NameKeys.AsSpan(p.NameKeys.Length - keys.Length).SequenceEqual(keys);
            var prefix = p.NameKeys.AsSpan(0, keys.Length).SequenceEqual(keys);
            if ((suffix || prefix) && (best is null || p.NameKeys.Length > best.NameKeys.Length))
                best = p;
        }
        return best;
    }

    /// <summary>
    /// The person who carries every title word: the one named last before <paramref name="before"/>, else one named
    /// later in the same sentence ("أستاذ الجراحة الذي أجرى العملية، ويدعى ماخان لا ساها"); a title does not take up a
    /// name written in a later sentence.
    /// </summary>
    private Person? ByTitleWords(List<string> words, int before)
    {
        Person? best = null;
        foreach (var p in _people)
        {
            if (p.TitleKeys.Count == 0 || !words.TrueForAll(p.TitleKeys.Contains) || (p.Token >= before && !_doc.SameSentence(p.Token, before)))
                continue;
            if (best is null || (p.Token < before && (best.Token > before || p.Token > best.Token)))
                best = p;
        }
        return best is null ? null : Fullest(best.NameKeys)!;
    }

    private string? ByTitle(SpeakerPhrase phrase)
    {
        var words = new List<string>();
        for (var k = phrase.First; k <= phrase.Last; k++)
        {
            if (_doc.Tokens[k].IsWord && !_lex.IsFunctionWord(_doc.Key(k)))
                words.Add(ContentKey(_doc.Key(k)));
        }
        if (words.Count == 0 || !_lex.IsTitle(_doc.Key(phrase.First)))
            return null;
        return ByTitleWords(words, phrase.First)?.Name;
    }

    private string? QuotedInside(SpeakerPhrase phrase)
    {
        for (var k = phrase.First; k <= phrase.Last; k++)
        {
            if (_doc.Tokens[k].Type == QTokenType.OpenQuote && _doc.Tokens[k].Quote >= 0)
            {
                var span = _doc.Quotes[_doc.Tokens[k].Quote];
                return _doc.Text[span.InnerStart..span.InnerEnd].Trim();
            }
        }
        return null;
    }
}

namespace Marsad.Text;

/// <summary>
/// Clitic-aware light stemming of one matching-normalized Arabic word, guarded by <see cref="ArabicLexicon"/>
/// corpus counts so that a letter is taken for a clitic only when the corpus agrees. Layers, outside in:
/// <list type="number">
/// <item>Conjunction و ف — stripped when the rest stands as a word about as often as the whole (واضاف → اضاف,
///   لروسيا → روسيا) and the whole does not itself take the article (وكالة has الوكالة, so it keeps its و).</item>
/// <item>Preposition ب ك ل (and لل = ل + ال) or the future prefix س before ي ت ن ا, with the same evidence;
///   ك only before a noun that takes the article (كيري stays).</item>
/// <item>The article ال — stripped unless the whole takes a second article (الالكترونية: ال belongs to the word),
///   or the rest is a two-letter stop word (الله), or the rest never stands alone while the whole is common and no
///   noun-only preposition precedes the whole (ألقاها, التزم keep ال; الجزائر loses it because للجزائر exists).
///   The decision depends only on what follows ال, so الجامعات, والجامعات, بالجامعات and للجامعات meet.</item>
/// <item>An enclitic pronoun هما هم هن ها كما كم كن ك نا ه — when the base has a family in the corpus; a
///   feminine ت before it becomes ة again (حكومتها → حكومة) and, before ها هم نا…, a verb's ا becomes ى
///   (ألقاها → ألقى; not before ه or ك, where وفاة and عراك end in a root letter).</item>
/// <item>One inflection: ات and ة (written ه after normalization) when other members of the stem's family
///   (bare, ة, ات, ين, ون, ان; bare or with ال) are attested (جامعات ↔ جامعة → جامع); ان ين ون also only when the
///   form is rarer than the rest of its family or its other case is attested (موظفين ↔ موظفون), so لبنان,
///   آسيان, البحرين keep theirs; a feminine dual تين/تان meets its singular (دولتين → دول); the ي of a construct
///   plural when its plural is common (موظفي → موظف).</item>
/// </list>
/// The nisba ي is never stripped (مصري is not مصر), no stem is shorter than three letters (two when the
/// word had only the article), and at most one layer of each kind is stripped — the mistakes of iterated
/// stripping (Lucene's وكالة → كال, آسيان → اس, ألقاها → قا, جالية → جال) cannot happen.
/// </summary>
internal sealed partial class LightStemmer
{
    /// <summary>Least corpus count that counts as evidence at all.</summary>
    private const int MinEvidence = 3;

    /// <summary>Conjunction: the rest must be seen at least this share of the whole's count (وأضاف is 18× أضاف).</summary>
    private const double ConjunctionRatio = 0.02;

    /// <summary>Preposition and future prefix: the rest must be seen at least this share of the whole's count.</summary>
    private const double PrepositionRatio = 0.05;

    /// <summary>A whole that takes the article this often, relative to the rest, is a stem (بحث has البحث).</summary>
    private const double DefiniteShare = 0.05;

    /// <summary>Share of the word's own count that a restored base must reach (حكومتها → حكومة).</summary>
    private const double FamilyShare = 0.05;

    /// <summary>A form in ان ين ون is stripped only when it is at most this share of the rest of its family.</summary>
    private const double PluralShare = 0.3;

    private readonly ArabicLexicon _lexicon;
    private readonly StopwordSet _stops;

    public LightStemmer(ArabicLexicon lexicon, StopwordSet stops)
    {
        _lexicon = lexicon;
        _stops = stops;
    }

    /// <summary>
    /// Stems <paramref name="word"/> (matching-normalized Arabic letters) in place. Returns how the word stops;
    /// unless it is <see cref="StopKind.Always"/>, the stem is <c>word.Slice(start, length)</c>.
    /// </summary>
    public StopKind Stem(Span<char> word, out int start, out int length)
    {
        start = 0;
        length = word.Length;
        var whole = _stops.Classify(word, out var kept);
        if (whole != StopKind.None || word.Length <= 2)
            return whole;
        var stop = StopKind.None;

        // the keep list's words are content words whole (ولي is not و + لي)
        var s = kept ? 0 : StripProclitics(word, out stop);
        if (stop != StopKind.None)
        {
            start = s;
            length = word.Length - s;
            return stop;
        }
        var e = StripEnclitic(word, s, word.Length);
        e = StripInflection(word, s, e);
        start = s;
        length = e - s;
        return StopKind.None;
    }
}

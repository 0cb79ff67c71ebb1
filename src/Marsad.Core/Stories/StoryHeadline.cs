using System.Collections.Frozen;
using Marsad.Analysis.Events;
using Marsad.Analysis.Names;
using Marsad.Analysis.Quotes;

namespace Marsad.Stories;

/// <summary>
/// What a headline says happened, read from the headline alone (the body's entities often miss its actor): who acts —
/// the first name of its clause, before or after the verb ("ترامب يتوعد…", "يرحب ترامب…", "روحاني: …") — whether it
/// reports a statement (a quotation after a colon, or a saying or reaction verb: يرحب، يدين، تحذر …) and the kinds of
/// act it reports (a vote, a decision, sanctions, a strike, a visit, an inspection …: the event triggers of
/// Resources/events/triggers.tsv and Resources/stories/headline-words.tsv). What the story pair model compares to tell a
/// reaction, which joins the story of the event it answers, from a new act, which is a story of its own.
/// </summary>
internal sealed class StoryHeadline
{
    private static readonly Lazy<FrozenDictionary<string, int>> Words = new(Load);
    private static readonly FrozenSet<string> Fillers = FrozenSet.Create(StringComparer.Ordinal,
        [.. new[] { "شاهد", "فيديو", "بالفيديو", "بالصور", "عاجل", "مباشر", "لأول", "مرة", "بعد" }.Select(QuoteLexicon.Fold)]);

    /// <summary>The kinds a headline word can report: bit 0 a statement, the others a kind of act.</summary>
    private static readonly string[] Kinds =
        ["statement", "vote", "decision", "sanctions", "inspection", "deployment", "lawsuit", "arrest", "attack", "visit", "meeting",
         "agreement", "protest", "election", "aid", "market"];

    private const int Statement = 1;

    /// <summary>A headline that says nothing the model reads.</summary>
    public static StoryHeadline None { get; } = new(null, 0);

    private StoryHeadline(string? actor, int kinds)
    {
        Actor = actor;
        KindBits = kinds;
    }

    /// <summary>The name key of who acts, or null when the headline names no one first.</summary>
    public string? Actor { get; }

    /// <summary>True when the headline reports a statement: a quotation after a colon, or a saying or reaction verb.</summary>
    public bool IsStatement => (KindBits & Statement) != 0;

    /// <summary>The kinds of act the headline reports, one bit each (0 for none).</summary>
    public int Acts => KindBits & ~Statement;

    private int KindBits { get; }

    /// <summary>Reads <paramref name="headline"/>.</summary>
    public static StoryHeadline Of(string? headline)
    {
        if (string.IsNullOrWhiteSpace(headline))
            return None;
        var text = headline;
        // a topic label before ".." ("كيماوي سوريا.. فيتو روسي") is not the clause
        var label = text.IndexOf("..", StringComparison.Ordinal);
        if (label > 0 && text.AsSpan(0, label).Count(' ') < 3)
            text = text[(label + 2)..];
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var speaker = colon > 0 && text.AsSpan(0, colon).Trim().Count(' ') < 4 && colon < text.Length - 1;
        var words = Split(speaker ? text[..colon] : text);
        var kinds = speaker ? Statement : 0;
        string? actor = null;
        foreach (var word in Split(text))
            kinds |= Kind(word);
        foreach (var word in words)
        {
            if (Fillers.Contains(word) || Kind(word) != 0 || EventLexicon.Default.TryTrigger(word, out _))
                continue;
            var key = NameKey.Compute(word);
            actor = key.Length > 1 ? key : QuoteLexicon.StripArticle(word);
            break;
        }
        return kinds == 0 && actor is null ? None : new StoryHeadline(actor, kinds);
    }

    /// <summary>The kind bits of one folded word: its own entry, or the event type its trigger reports.</summary>
    private static int Kind(string word)
    {
        var bits = 0;
        foreach (var form in Forms(word))
        {
            if (Words.Value.TryGetValue(form, out var bit))
                bits |= bit;
        }
        if (EventLexicon.Default.TryTrigger(word, out var trigger))
        {
            var type = trigger.Type switch
            {
                "casualties" => "attack",
                "threat" => "statement",
                _ => trigger.Type,
            };
            var i = Array.IndexOf(Kinds, type);
            if (i >= 0)
                bits |= 1 << i;
        }
        return bits;
    }

    /// <summary>The word as written, without a leading و/ف, and without the article or a leading ب/ل.</summary>
    private static IEnumerable<string> Forms(string word)
    {
        yield return word;
        var bare = QuoteLexicon.StripConjunction(word);
        if (bare.Length != word.Length)
            yield return bare;
        var noArticle = QuoteLexicon.StripArticle(bare);
        if (noArticle.Length != bare.Length)
            yield return noArticle;
        if (bare.Length > 4 && bare[0] is 'ب' or 'ل')
        {
            yield return bare[1..];
            var rest = QuoteLexicon.StripArticle(bare[1..]);
            if (rest.Length != bare.Length - 1)
                yield return rest;
        }
    }

    private static List<string> Split(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Split((char[])[' ', '\t', '\n', '\u00A0', '.', '،', ',', ':', '"', '«', '»', '(', ')', '!', '?', '؟', '-', '\'', '“', '”'],
            StringSplitOptions.RemoveEmptyEntries))
        {
            var word = QuoteLexicon.Fold(raw);
            if (word.Length > 1)
                words.Add(word);
        }
        return words;
    }

    private static FrozenDictionary<string, int> Load()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("stories/headline-words.tsv"))
        {
            var c = line.Split('\t');
            var kind = Array.IndexOf(Kinds, c[0]);
            if (c.Length < 2 || kind < 0)
                throw new InvalidDataException($"stories/headline-words.tsv: expected a known kind and forms in '{line}'");
            foreach (var form in QuoteLexicon.Words(c[1]))
                words[form] = words.GetValueOrDefault(form) | (1 << kind);
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

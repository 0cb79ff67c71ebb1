using Marsad.Text;

namespace Marsad.Analysis.Names;

/// <summary>
/// The "names" step: resolves the entity mentions of an article to canonical entities. Each mention gets its
/// name without clitics or title (<see cref="EntityMention.Text"/>, <see cref="EntityMention.Start"/>), its
/// <see cref="EntityMention.Title"/>, and its entity's <see cref="EntityMention.Canonical"/> (the fullest spelling in
/// the article, as written), <see cref="EntityMention.Key"/> (<see cref="NameKey"/> of it) and
/// <see cref="EntityMention.Latin"/>. Spellings with one key are one entity (ديمتري ميدفيديف = دميتري ميدفيديف), and a
/// person's short name joins the full name it is part of (ميدفيديف → ديمتري ميدفيديف، كي مون → بان كي مون).
/// </summary>
public sealed class EntityResolver : IAnalysisStep
{
    private readonly MentionCleaner _cleaner;
    private readonly NameTransliterator _transliterator;

    /// <summary>A resolver with the shipped title lexicon and transliteration model.</summary>
    public EntityResolver()
        : this(TitleLexicon.Default, NameTransliterator.Default)
    {
    }

    internal EntityResolver(TitleLexicon titles, NameTransliterator transliterator)
    {
        _cleaner = new MentionCleaner(titles);
        _transliterator = transliterator;
    }

    public string Name => "names";

    public void Analyze(Article article)
    {
        if (article.Entities.Count == 0)
            return;
        article.Entities = Resolve(article.Text, article.Entities);
    }

    /// <summary>The mentions of one text, resolved (see the type's summary); order is kept.</summary>
    public List<EntityMention> Resolve(string text, IReadOnlyList<EntityMention> mentions)
    {
        var articleKeys = new HashSet<string>(mentions.Select(m => NameKey.Compute(m.Text)), StringComparer.Ordinal);
        var cleaned = mentions.Select(m => _cleaner.Clean(text, m, articleKeys)).ToList();
        var entities = EntityLinker.Link(cleaned);
        var resolved = new List<EntityMention>(mentions.Count);
        var latin = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < cleaned.Count; i++)
        {
            var c = cleaned[i];
            var canonical = entities[i].Canonical;
            if (!latin.TryGetValue(canonical + "\t" + c.Mention.Type, out var rendering))
            {
                rendering = KnownLatinNames.Default.TryGet(canonical, c.Mention.Type, out var english) ? english : _transliterator.ToLatin(canonical);
                latin[canonical + "\t" + c.Mention.Type] = rendering;
            }
            resolved.Add(c.Mention with
            {
                Text = c.SpanText,
                Start = c.NameStart,
                Canonical = canonical,
                Latin = rendering.Length == 0 ? null : rendering,
                Key = entities[i].Key.Length == 0 ? null : entities[i].Key,
                Title = string.IsNullOrWhiteSpace(c.Title) ? null : ArabicNormalizer.Normalize(c.Title, NormalizationLevel.Display),
            });
        }
        return resolved;
    }

    /// <summary>
    /// The entities of resolved mentions, for an entity store: one per (key, type) with its canonical spelling,
    /// Latin rendering, every spelling seen and the number of mentions, most mentioned first.
    /// </summary>
    public static IReadOnlyList<CanonicalEntity> Summarize(IEnumerable<EntityMention> mentions) =>
        [.. mentions.Where(m => !string.IsNullOrEmpty(m.Key))
            .GroupBy(m => (m.Key!, m.Type))
            .Select(g => new CanonicalEntity(
                g.Key.Item1,
                g.Key.Type,
                g.Select(m => m.Canonical ?? m.Text).OrderByDescending(s => s.Length).First(),
                g.Select(m => m.Latin).FirstOrDefault(l => l is not null),
                [.. g.Select(m => m.Text).Distinct(StringComparer.Ordinal)],
                g.Count()))
            .OrderByDescending(e => e.Mentions)];
}

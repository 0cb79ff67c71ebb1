namespace Marsad.Analysis.Quotes;

/// <summary>
/// The named-entity mentions of an article (when the entity step ran) indexed by the token they start at, so a
/// speaker phrase can end exactly where a person or organization name ends. Empty when there are no entities:
/// quotation finding then reads names from titles and name words alone.
/// </summary>
internal sealed class EntityIndex
{
    private readonly Dictionary<int, (int Last, string Type, EntityMention Mention)> _byFirstToken = [];

    public static EntityIndex Empty { get; } = new();

    public static EntityIndex Build(QuoteDocument doc, IReadOnlyList<EntityMention> mentions)
    {
        if (mentions.Count == 0)
            return Empty;
        var index = new EntityIndex();
        var tokens = doc.Tokens;
        var t = 0;
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            while (t < tokens.Length && tokens[t].End <= m.Start)
                t++;
            if (t >= tokens.Length)
                break;
            // the mention may start inside a token after a clitic (لروسيا): index it at that token
            if (tokens[t].Start > m.Start || tokens[t].End < m.Start)
                continue;
            var last = t;
            while (last + 1 < tokens.Length && tokens[last + 1].Start < m.End)
                last++;
            index._byFirstToken.TryAdd(t, (last, m.Type, m));
        }
        return index;
    }

    public bool IsEmpty => _byFirstToken.Count == 0;

    /// <summary>The mention starting at token <paramref name="token"/>, if any.</summary>
    public bool TryAt(int token, out int last, out string type, out EntityMention mention)
    {
        if (_byFirstToken.TryGetValue(token, out var e))
        {
            (last, type, mention) = e;
            return true;
        }
        last = -1;
        type = "";
        mention = null!;
        return false;
    }

    /// <summary>All mentions of a type, in text order.</summary>
    public IEnumerable<EntityMention> OfType(string type) =>
        _byFirstToken.Values.Where(e => e.Type == type).Select(e => e.Mention).OrderBy(m => m.Start);

    /// <summary>The token range of a mention that was indexed.</summary>
    public bool TryFirstToken(EntityMention mention, out int first, out int last)
    {
        foreach (var (token, e) in _byFirstToken)
        {
            if (ReferenceEquals(e.Mention, mention))
            {
                first = token;
                last = e.Last;
                return true;
            }
        }
        first = last = -1;
        return false;
    }
}

namespace Marsad.Analysis.Quotes;

/// <summary>
/// Carries "via" across attributions (gold rules): an outlet named in one statement's frame also covers the same
/// speaker's other statements in that sentence and the ones after it; an outlet context covers what it frames; a
/// statement made on another occasion (في وقت سابق), in a statement or on a social network gets none.
/// </summary>
internal static class ViaResolver
{
    /// <param name="ordered">Attributions in document order, speakers already resolved.</param>
    /// <param name="contexts">Outlet contexts in document order.</param>
    public static void Resolve(List<Attribution> ordered, List<OutletContext> contexts, QuoteDocument doc)
    {
        var carry = new Dictionary<string, string>(StringComparer.Ordinal);
        var carried = new HashSet<Attribution>();
        string? framing = null;
        var next = 0;
        for (var n = 0; n < ordered.Count; n++)
        {
            var a = ordered[n];
            var position = Math.Min(a.CueToken, doc.TokenAt(a.Start));
            for (; next < contexts.Count && contexts[next].Token <= position; next++)
                Apply(contexts[next], ordered, n, carry, ref framing);
            if (a.Antecedent is not null && a.Antecedent.Sentence == a.Sentence && a.Antecedent.OtherOccasion)
                a.OtherOccasion = true;
            var key = Key(a);
            if (a.Via is not null)
            {
                carry[key] = a.Via;
                // an outlet named in the sentence also covers its earlier statements, over one carried from before
                for (var m = n - 1; m >= 0 && ordered[m].Sentence == a.Sentence; m--)
                {
                    if ((ordered[m].Via is null || carried.Contains(ordered[m])) && !ordered[m].OtherOccasion && Key(ordered[m]) == key)
                        ordered[m].Via = a.Via;
                }
            }
            else if (!a.OtherOccasion)
            {
                a.Via = carry.TryGetValue(key, out var via) ? via : framing;
                if (a.Via is not null)
                    carried.Add(a);
            }
        }
        // a reference back after the last statement ("وجاء ذلك خلال حوار مع …" closing the article)
        for (; next < contexts.Count; next++)
            Apply(contexts[next], ordered, ordered.Count, carry, ref framing);
    }

    private static void Apply(OutletContext context, List<Attribution> ordered, int upTo, Dictionary<string, string> carry, ref string? framing)
    {
        if (!context.RefersBack)
        {
            framing = context.Outlet;
            return;
        }
        if (upTo == 0)
            return;
        var key = Key(ordered[upTo - 1]);
        carry[key] = context.Outlet;
        for (var m = 0; m < upTo; m++)
        {
            if (ordered[m].Via is null && !ordered[m].OtherOccasion && Key(ordered[m]) == key)
                ordered[m].Via = context.Outlet;
        }
    }

    private static string Key(Attribution a) =>
        QuoteLexicon.Fold(a.SpeakerCanonical ?? a.SpeakerText ?? "#" + a.Root.CueToken.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

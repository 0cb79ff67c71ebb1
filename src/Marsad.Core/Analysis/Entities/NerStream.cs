namespace Marsad.Analysis.Entities;

/// <summary>
/// Tags a stream of sentences with <see cref="NerTagger"/> and makes the tags consistent across neighbouring
/// sentences (<see cref="NameConsistency"/>): a sentence is final once the <see cref="NameConsistency.Window"/>
/// sentences after it have been tagged, so memory stays bounded however long the stream.
/// </summary>
public sealed class NerStream(NerTagger tagger)
{
    private readonly List<IReadOnlyList<string>> _sentences = [];
    private readonly List<int[]> _raw = [];
    private int _next;

    /// <summary>Tags <paramref name="tokens"/>; returns the sentences that became final, in order, as BIO tags.</summary>
    public IEnumerable<string[]> Add(IReadOnlyList<string> tokens)
    {
        _sentences.Add(tokens);
        var raw = tagger.TagLabels(tokens);
        NameEdges.Trim(tokens, raw);
        _raw.Add(raw);
        var ready = new List<string[]>();
        while (_next + NameConsistency.Window < _sentences.Count)
            ready.Add(Finish());
        Trim();
        return ready;
    }

    /// <summary>The sentences not yet returned, at the end of the stream.</summary>
    public IEnumerable<string[]> Complete()
    {
        var ready = new List<string[]>();
        while (_next < _sentences.Count)
            ready.Add(Finish());
        Trim();
        return ready;
    }

    private string[] Finish()
    {
        var from = Math.Max(0, _next - NameConsistency.Window);
        var to = Math.Min(_sentences.Count, _next + NameConsistency.Window + 1);
        var labels = NameConsistency.Apply(_sentences, _raw, _next, from, to);
        GivenNames.Extend(_sentences[_next], labels); // after consistency: a family name lent alone may follow its given name too
        _next++;
        return Array.ConvertAll(labels, l => NerLabels.Names[l]);
    }

    private void Trim()
    {
        // keep the Window sentences before the next one to finish: they still lend it names
        var drop = _next - NameConsistency.Window;
        if (drop <= 0)
            return;
        _sentences.RemoveRange(0, drop);
        _raw.RemoveRange(0, drop);
        _next -= drop;
    }
}

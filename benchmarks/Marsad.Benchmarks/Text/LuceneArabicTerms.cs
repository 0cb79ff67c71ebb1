using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Marsad.Benchmarks.Text;

/// <summary>The anchor: Lucene.NET 4.8's ArabicAnalyzer (standard tokenizer, lower case, its stop words, Arabic normalization, light stemming).</summary>
internal sealed class LuceneArabicTerms : IDisposable
{
    private readonly ArabicAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);

    public List<string> GetTerms(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>Counts terms and their characters without keeping them (the speed benchmark's loop).</summary>
    public int CountTerms(string text)
    {
        var count = 0;
        using var stream = _analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            count += term.Length;
        stream.End();
        return count;
    }

    public void Dispose() => _analyzer.Dispose();
}

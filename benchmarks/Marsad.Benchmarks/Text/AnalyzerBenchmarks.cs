using System.Text;
using BenchmarkDotNet.Attributes;
using Marsad.Text;

namespace Marsad.Benchmarks.Text;

/// <summary>
/// Search-term analysis speed: Marsad's analyzer against Lucene.NET 4.8's ArabicAnalyzer over the same ANT v2.1
/// bodies (the first articles in file order until 1.5 MB of UTF-8), loaded once. Each benchmark analyzes all of
/// them; MB/s = <see cref="Utf8Bytes"/> / mean time. The TermBuffer path is the indexing path and must allocate
/// nothing per token in steady state.
/// Run: <c>dotnet run -c Release --project benchmarks/Marsad.Benchmarks -- --filter '*AnalyzerBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int TargetBytes = 1_500_000;

    private string[] _bodies = [];
    private LuceneArabicTerms? _lucene;
    private readonly TermBuffer _buffer = new(4096);
    private SearchTermAnalyzer _marsad = null!;

    /// <summary>The benchmark text: ANT v2.1 bodies.</summary>
    public IReadOnlyList<string> Bodies => _bodies;

    /// <summary>UTF-8 size of the benchmark text.</summary>
    public static long Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var bodies = new List<string>();
        long bytes = 0;
        foreach (var article in AntCorpus.V21())
        {
            bodies.Add(article.Body);
            bytes += Encoding.UTF8.GetByteCount(article.Body);
            if (bytes >= TargetBytes)
                break;
        }
        _bodies = [.. bodies];
        Utf8Bytes = bytes;
        _lucene = new LuceneArabicTerms();
        _marsad = SearchTermAnalyzer.Default;
        Console.WriteLine($"// analyzer text: {_bodies.Length} bodies, {bytes:N0} UTF-8 bytes, {_bodies.Sum(b => b.Length):N0} chars");
        // warm both (Marsad's lexicon loads on first use)
        _ = Marsad();
        _ = Lucene();
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene?.Dispose();

    [Benchmark(Baseline = true, Description = "Lucene.NET ArabicAnalyzer")]
    public int Lucene()
    {
        var chars = 0;
        foreach (var body in _bodies)
            chars += _lucene!.CountTerms(body);
        return chars;
    }

    [Benchmark(Description = "Marsad analyzer, TermBuffer")]
    public int Marsad()
    {
        var chars = 0;
        foreach (var body in _bodies)
        {
            _buffer.Clear();
            _marsad.Analyze(body, _buffer);
            chars += _buffer.CharCount;
        }
        return chars;
    }

    [Benchmark(Description = "Marsad analyzer, GetTerms (strings)")]
    public int MarsadStrings()
    {
        var count = 0;
        foreach (var body in _bodies)
            count += _marsad.GetTerms(body).Count;
        return count;
    }
}

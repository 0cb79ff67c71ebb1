using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Marsad.Sources;
using Marsad.Sources.Html;

namespace Marsad.Benchmarks.Sources;

/// <summary>
/// Time and allocations to turn the five sample pages into documents: AngleSharp parsing alone (the floor), Marsad's
/// extractor, SmartReader. <c>dotnet run -c Release --project benchmarks/Marsad.Benchmarks -- --filter '*HtmlExtraction*' --job short</c>
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    private string[] _pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var samples = Path.Combine(SharedPaths.Data, "samples");
        _pages = [.. Directory.GetFiles(Path.Combine(samples, "html-ar"), "*.html").Order(StringComparer.Ordinal)
            .Append(Path.Combine(samples, "trafilatura-ar-page", "assabah.com.tn.article.html")).Select(File.ReadAllText)];
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        var n = 0;
        foreach (var html in _pages)
            n += new HtmlParser().ParseDocument(html).All.Length;
        return n;
    }

    [Benchmark]
    public int Marsad() => Extract(HtmlExtractor.Marsad);

    [Benchmark]
    public int SmartReader() => Extract(HtmlExtractor.SmartReader);

    private int Extract(HtmlExtractor extractor)
    {
        var n = 0;
        foreach (var html in _pages)
            n += HtmlPage.ToDocument(html, "page", null, extractor).Content.Length;
        return n;
    }
}

using System.IO.Compression;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Sources;
using Marsad.Testing;

namespace Marsad.Storage.Tests;

/// <summary>
/// Real Arabic articles for store tests: the first <see cref="Size"/> articles of the ANT v2.1 corpus (../shared/data,
/// Apache-2.0), read and analyzed once per test run. Tests skip when the shared data is missing (and fail on CI).
/// </summary>
internal static class TestCorpus
{
    public const int Size = 300;

    private static readonly Lazy<(List<RawDocument> Raw, List<ArticleRecord> Records)> Loaded = new(Load);

    public static List<RawDocument> RawDocuments => Require().Raw;

    public static List<ArticleRecord> Records => Require().Records;

    /// <summary>The JSON lines of the corpus slice, for CLI tests.</summary>
    public static string JsonlPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-ant-{Size}.jsonl");
        if (!File.Exists(path))
        {
            var tmp = path + "." + Guid.NewGuid().ToString("N")[..6];
            File.WriteAllLines(tmp, ReadLines().Take(Size));
            File.Move(tmp, path, overwrite: true);
        }
        return path;
    }

    private static (List<RawDocument> Raw, List<ArticleRecord> Records) Require()
    {
        SharedData.Require("corpus/ant-v2.1-train.jsonl.gz");
        return Loaded.Value;
    }

    private static IEnumerable<string> ReadLines()
    {
        var path = SharedData.Require("corpus/ant-v2.1-train.jsonl.gz");
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        while (reader.ReadLine() is { } line)
            yield return line;
    }

    private static (List<RawDocument> Raw, List<ArticleRecord> Records) Load()
    {
        var raw = DocumentReader.Read([JsonlPath()], InputFormat.Jsonl, e => throw e).ToList();
        var pipeline = ArticlePipeline.CreateDefault();
        var records = raw.Select(d => new ArticleRecord(pipeline.Process(d), ContentHash.Of(d), d)).ToList();
        return (raw, records);
    }
}

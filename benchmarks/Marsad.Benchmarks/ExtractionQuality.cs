using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Serialization;

namespace Marsad.Benchmarks;

/// <summary>
/// <c>quality extraction [--gold PATH] [--out PRED.jsonl] [--learn]</c>: runs extraction on the extraction gold's inputs
/// (each turned into the JSONL record {id,title,text,url,source,author,published}, read back as a document the way
/// <c>marsad analyze --in jsonl</c> reads it), writes the predictions and scores them with shared/tools/score_extraction.py.
/// <c>--learn</c> first learns a <see cref="SourceBoilerplateModel"/> from the SaudiNewsNet corpus.
/// <c>quality extraction-dump --source S [--count N]</c> prints extractions of corpus articles for reading.
/// </summary>
internal static class ExtractionQuality
{
    public static void Register()
    {
        Harnesses.Add("extraction", Run);
        Harnesses.Add("extraction-dump", Dump);
        Harnesses.Add("extraction-speed", ExtractionThroughput.Run);
        Harnesses.Add("extraction-file", args =>
        {
            var document = new RawDocument
            {
                Content = File.ReadAllText(args[^1]),
                Title = Option(args, "--title"),
                Source = Option(args, "--source"),
                Published = Option(args, "--published"),
            };
            Console.WriteLine(ArticleJson.Serialize(ArticleExtractor.Default.Extract(document), indented: true));
            return 0;
        });
    }

    private static int Run(string[] args)
    {
        var gold = Option(args, "--gold") ?? Path.Combine(SharedData(), "gold", "extraction-dev.jsonl");
        var output = Option(args, "--out") ?? Path.Combine(Path.GetTempPath(), "marsad-extraction-pred.jsonl");
        var learn = args.Contains("--learn");
        var model = learn ? SourceBoilerplateModel.Learn(SaudiNewsNet.Read(Path.Combine(SharedData(), "corpus", "saudinewsnet"))) : null;
        var pipeline = new ArticlePipeline(new ArticleExtractor(model), ArticlePipeline.CreateDefault().Steps);
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
        {
            foreach (var line in File.ReadLines(gold))
            {
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                var document = GoldInput.ToDocument(line);
                writer.WriteLine(ArticleJson.Serialize(pipeline.Process(document)));
            }
        }
        var scorer = Path.GetFullPath(Path.Combine(SharedData(), "..", "tools", "score_extraction.py"));
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        psi.ArgumentList.Add(scorer);
        psi.ArgumentList.Add(gold);
        psi.ArgumentList.Add(output);
        using var process = Process.Start(psi)!;
        var result = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Console.Write(result);
        Console.Error.WriteLine($"predictions: {output}{(learn ? " (with the SaudiNewsNet boilerplate model)" : "")}");
        return process.ExitCode;
    }

    private static int Dump(string[] args)
    {
        var source = Option(args, "--source");
        var count = int.Parse(Option(args, "--count") ?? "20");
        var skip = int.Parse(Option(args, "--skip") ?? "0");
        var ids = Option(args, "--ids")?.Split(',').ToHashSet();
        var extractor = args.Contains("--learn")
            ? new ArticleExtractor(SourceBoilerplateModel.Learn(SaudiNewsNet.Read(Path.Combine(SharedData(), "corpus", "saudinewsnet"))))
            : ArticleExtractor.Default;
        var corpus = args.Contains("--ant") ? Ant.Read(Path.Combine(SharedData(), "corpus", "ant-v2.1-train.jsonl.gz")) : SaudiNewsNet.Read(Path.Combine(SharedData(), "corpus", "saudinewsnet"));
        var docs = corpus
            .Where(d => (source is null || d.Source == source) && (ids is null || ids.Contains(d.Id!)))
            .Skip(skip).Take(count);
        foreach (var d in docs)
        {
            var a = extractor.Extract(d);
            Console.WriteLine($"===== {a.Id} [{d.Source}] {a.Headline}");
            Console.WriteLine($"  dateline: {JsonSerializer.Serialize(a.Dateline, ArticleJson.Options.GetTypeInfo(typeof(Dateline)))}  agency={a.Source.Agency}");
            foreach (var p in a.Paragraphs)
                Console.WriteLine((a.Subheadings.Contains(p) ? "  ## " : "  P ") + Cut(p));
            foreach (var r in a.Removed)
                Console.WriteLine("  X " + Cut(r));
            foreach (var r in a.Related)
                Console.WriteLine("  R " + r.Title);
        }
        return 0;
    }

    private static string Cut(string s) => s.Length > 110 ? s[..60] + " … " + s[^45..] : s;

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static string SharedData() => Text.AntCorpus.SharedData(".");
}

/// <summary>Reads the SaudiNewsNet zips (each a JSON array of {source,url,date_extracted,title,author,content}) as documents, streamed.</summary>
internal static class SaudiNewsNet
{
    public static IEnumerable<RawDocument> Read(string folder)
    {
        foreach (var zip in Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            var day = Path.GetFileNameWithoutExtension(zip);
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var json = JsonDocument.Parse(stream);
                var index = 0;
                foreach (var a in json.RootElement.EnumerateArray())
                {
                    yield return new RawDocument
                    {
                        Id = $"snn-{day}-{index:D4}",
                        Content = Str(a, "content") ?? "",
                        Title = Str(a, "title"),
                        Url = Str(a, "url"),
                        Source = Str(a, "source"),
                        Author = Str(a, "author"),
                        Published = Str(a, "date_extracted"),
                    };
                    index++;
                }
            }
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>Reads the ANT v2.1 JSON lines (id, url, source, section, title, published, author, text), gzipped.</summary>
internal static class Ant
{
    public static IEnumerable<RawDocument> Read(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            yield return new RawDocument
            {
                Id = Str(r, "id"),
                Content = Str(r, "text") ?? "",
                Title = Str(r, "title"),
                Url = Str(r, "url"),
                Source = Str(r, "source"),
                Author = Str(r, "author"),
                Published = Str(r, "published"),
                Section = Str(r, "section"),
            };
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>A gold record's input as the JSONL line {id,title,text,url,source,author,published}, read back into a document.</summary>
internal static class GoldInput
{
    public static string ToJsonl(string goldLine)
    {
        using var gold = JsonDocument.Parse(goldLine);
        var input = gold.RootElement.GetProperty("input");
        var record = new Dictionary<string, string?>
        {
            ["id"] = gold.RootElement.GetProperty("id").GetString(),
            ["title"] = Str(input, "title"),
            ["text"] = Str(input, "content"),
            ["url"] = Str(input, "url"),
            ["source"] = Str(input, "source"),
            ["author"] = Str(input, "author"),
            ["published"] = Str(input, "published"),
        };
        return JsonSerializer.Serialize(record);
    }

    public static RawDocument ToDocument(string goldLine)
    {
        using var json = JsonDocument.Parse(ToJsonl(goldLine));
        var r = json.RootElement;
        return new RawDocument
        {
            Content = Str(r, "text") ?? "",
            Id = Str(r, "id"),
            Title = Str(r, "title"),
            Url = Str(r, "url"),
            Source = Str(r, "source"),
            Author = Str(r, "author"),
            Published = Str(r, "published"),
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Marsad.Text;

namespace Marsad.Training.Lexicon;

/// <summary>
/// Rebuilds <c>src/Marsad.Core/Resources/lexicon/words.tsv.gz</c>: how often each matching-normalized Arabic word
/// form occurs in the ANT corpora (v2.1 multi-source JSONL and v1.1 JawharaFM TREC; Apache-2.0, so the derived word
/// list may ship). Titles and bodies are counted with Marsad's own tokenizer and normalizer. SaudiNewsNet is never
/// used (CC BY-NC-SA).
/// </summary>
internal sealed class LexiconTrainer : ITrainer
{
    private const string DefaultOutput = "src/Marsad.Core/Resources/lexicon/words.tsv.gz";

    public string Description => "word counts from the ANT corpora that guard the light stemmer (lexicon/words.tsv.gz)";

    public int Run(string[] args)
    {
        var minCount = 3;
        var output = DefaultOutput;
        var sources = new List<string> { "ant-v2.1", "ant-v1.1" };
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--min-count" when i + 1 < args.Length:
                    minCount = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--sources" when i + 1 < args.Length:
                    sources = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                default:
                    Console.Error.WriteLine("usage: lexicon [--min-count N (3)] [--sources ant-v2.1,ant-v1.1] [--out PATH]");
                    return 2;
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        long tokens = 0;
        var documents = 0;
        foreach (var source in sources)
        {
            IEnumerable<string> texts = source switch
            {
                "ant-v2.1" => AntJsonl(SharedDataPath.Resolve("corpus/ant-v2.1-train.jsonl.gz")),
                "ant-v1.1" => AntTrec(SharedDataPath.Resolve("corpus/ant-v1.1-jawharafm")),
                _ => throw new ArgumentException($"unknown source '{source}' (ant-v2.1, ant-v1.1)"),
            };
            foreach (var text in texts)
            {
                documents++;
                tokens += Count(text, lookup);
            }
        }

        var kept = counts.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (var (word, count) in kept)
                writer.WriteLine(word + "\t" + count.ToString(CultureInfo.InvariantCulture));
        }
        Console.Error.WriteLine($"lexicon: {documents:N0} texts, {tokens:N0} Arabic words, {counts.Count:N0} forms; kept {kept.Count:N0} seen ≥ {minCount}× → {output}");
        return 0;
    }

    private static long Count(string text, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts)
    {
        long n = 0;
        Span<char> buffer = stackalloc char[64 * ArabicNormalizer.MaxExpansion];
        foreach (var token in ArabicTokenizer.Enumerate(text))
        {
            if (token.Kind != TokenKind.Arabic || token.Length > 64)
                continue;
            var word = buffer[..ArabicNormalizer.NormalizeMatching(token.Span(text), buffer)];
            if (word.Length == 0 || word.Length > 40 || !IsArabic(word))
                continue;
            n++;
            counts.TryGetValue(word, out var c);
            counts[word] = c + 1;
        }
        return n;
    }

    private static bool IsArabic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!ArabicLetters.IsLetter(c))
                return false;
        }
        return true;
    }

    private static IEnumerable<string> AntJsonl(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            yield return (root.TryGetProperty("title", out var t) ? t.GetString() : "") + "\n" + (root.TryGetProperty("text", out var x) ? x.GetString() : "");
        }
    }

    /// <summary>The TITLE and TEXT of each &lt;DOC&gt; in the JawharaFM *.trec.gz files, in file-name order.</summary>
    private static IEnumerable<string> AntTrec(string folder)
    {
        foreach (var path in Directory.GetFiles(folder, "*.trec.gz").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
            var doc = new StringBuilder();
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith("</DOC>", StringComparison.Ordinal))
                {
                    yield return TrecField(doc, "TITLE") + "\n" + TrecField(doc, "TEXT");
                    doc.Clear();
                }
                else
                {
                    doc.Append(line).Append('\n');
                }
            }
        }
    }

    private static string TrecField(StringBuilder doc, string tag)
    {
        var text = doc.ToString();
        var open = text.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        var close = text.IndexOf("</" + tag + ">", StringComparison.Ordinal);
        return open < 0 || close < open ? "" : text[(open + tag.Length + 2)..close];
    }
}

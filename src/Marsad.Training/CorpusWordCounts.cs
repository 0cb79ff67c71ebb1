using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis.Names;
using Marsad.Text;

namespace Marsad.Training;

/// <summary>Counts folded Arabic words in the shippable ANT corpora (v2.1 JSON lines and v1.1 JawharaFM TREC).</summary>
internal static class CorpusWordCounts
{
    public static Dictionary<string, long> Count(TextWriter log)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var ant = SharedDataPath.Resolve("corpus/ant-v2.1-train.jsonl.gz");
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(ant), CompressionMode.Decompress)))
        {
            var n = 0;
            while (reader.ReadLine() is { } line)
            {
                using var doc = JsonDocument.Parse(line);
                Add(counts, Field(doc.RootElement, "title"));
                Add(counts, Field(doc.RootElement, "text"));
                if (++n % 5000 == 0)
                    log.WriteLine($"  ant: {n:N0} articles");
            }
        }
        foreach (var file in Directory.EnumerateFiles(SharedDataPath.Resolve("corpus/ant-v1.1-jawharafm"), "*.trec.gz").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
                Add(counts, line);
        }
        return counts;
    }

    private static string Field(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    /// <summary>Adds the runs of Arabic letters (with their marks) in <paramref name="text"/>, folded.</summary>
    private static void Add(Dictionary<string, long> counts, string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                var word = NameSpelling.Fold(text[start..i]);
                if (word.Length > 0 && !word.Contains(' ', StringComparison.Ordinal))
                {
                    counts.TryGetValue(word, out var c);
                    counts[word] = c + 1;
                }
                start = -1;
            }
        }
    }

    private static bool IsWordChar(char c) =>
        c is (>= '\u0621' and <= '\u064A') or (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640'
            || (ArabicLetters.IsLetter(c) && c > '\u0670');
}

using System.Diagnostics;
using Marsad.Analysis.Names;

namespace Marsad.Benchmarks;

/// <summary>
/// <c>quality translit</c>: the transliteration model on ANETAC's dev pairs — exact match, character error rate, and
/// decoding speed in words per CPU-second of one thread (no cache: every word is decoded by the beam search).
/// </summary>
internal static class TranslitHarness
{
    public static int Run(string[] args)
    {
        var ar = File.ReadAllLines(SharedDataPath("lexicons/anetac-en-ar-names/translit_dev.ar"));
        var en = File.ReadAllLines(SharedDataPath("lexicons/anetac-en-ar-names/translit_dev.en"));
        var transliterator = NameTransliterator.Default;
        transliterator.DecodeWord("تحميل");
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        int exact = 0, edits = 0, letters = 0;
        for (var i = 0; i < ar.Length; i++)
        {
            var hyp = transliterator.DecodeWord(ar[i].Trim());
            var reference = en[i].Trim().ToLowerInvariant();
            exact += hyp == reference ? 1 : 0;
            edits += Levenshtein(hyp, reference);
            letters += reference.Length;
        }
        process.Refresh();
        var seconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"{ar.Length} dev words: exact {(double)exact / ar.Length:P1}, CER {(double)edits / letters:P1}, {ar.Length / seconds:F0} words/CPU-second");
        return 0;
    }

    private static string SharedDataPath(string relative) => Text.AntCorpus.SharedData(relative);

    /// <summary>Edit distance (insertions, deletions, replacements of one character).</summary>
    internal static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

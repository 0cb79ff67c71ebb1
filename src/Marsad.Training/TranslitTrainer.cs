using System.Globalization;
using System.Text;
using Marsad.Analysis.Names;

namespace Marsad.Training;

/// <summary>
/// <c>translit [--order N] [--discount D] [--iterations N] [--out PATH]</c>: trains the joint-sequence transliteration model
/// (Resources/models/translit.bin) on ANETAC's translit_train pairs and reports exact match and character
/// error rate on translit_dev. ANETAC has no licence: only the learned model is shipped.
/// <c>translit --score FILE</c> scores another system's renderings of translit_dev.ar (one per line, same order)
/// with the same folding and measures, to compare (e.g. ICU's Arabic-Latin transform through <c>uconv</c>).
/// </summary>
internal sealed class TranslitTrainer : ITrainer
{
    public string Description => "Arabic→Latin name transliteration model (ANETAC translit_train; reports translit_dev)";

    public int Run(string[] args)
    {
        var scoreIndex = Array.IndexOf(args, "--score");
        if (scoreIndex >= 0 && scoreIndex + 1 < args.Length)
            return ScoreFile(args[scoreIndex + 1]);
        var order = IntOption(args, "--order", 4);
        var iterations = IntOption(args, "--iterations", 6);
        var outIndex = Array.IndexOf(args, "--out");
        var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine("src", "Marsad.Core", "Resources", "models", "translit.bin");
        var train = ReadPairs("translit_train");
        Console.Error.WriteLine($"translit: {train.Count:N0} training pairs, order {order}");

        var aligner = new TranslitAligner();
        aligner.Train(train, iterations, Console.Error);
        var sequences = new List<List<(char, string)>>(train.Count);
        foreach (var (ar, en) in train)
        {
            if (aligner.Align(ar, en) is { } units)
                sequences.Add(units);
        }
        Console.Error.WriteLine($"translit: {sequences.Count:N0} pairs aligned");

        var discountIndex = Array.IndexOf(args, "--discount");
        var discount = discountIndex >= 0 && discountIndex + 1 < args.Length
            ? double.Parse(args[discountIndex + 1], CultureInfo.InvariantCulture) : 0.8;
        var counts = new JointNGramCounts(order, discount);
        foreach (var s in sequences)
            counts.Add(s);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        using (var file = File.Create(output))
            counts.WriteModel(file);
        Console.Error.WriteLine($"translit: wrote {output} ({new FileInfo(output).Length:N0} bytes)");

        using var stream = File.OpenRead(output);
        var model = TransliterationModel.Read(stream);
        var (exact, cer, n) = Evaluate(model, ReadPairs("translit_dev"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"translit_dev: {n} words, exact match {exact:P1}, character error rate {cer:P1}"));
        return 0;
    }

    /// <summary>Exact match (case-insensitive) and character error rate (edits / reference letters) of one-word renderings.</summary>
    public static (double Exact, double Cer, int Count) Evaluate(TransliterationModel model, IReadOnlyList<(string Arabic, string Latin)> pairs)
    {
        int exact = 0, edits = 0, letters = 0;
        foreach (var (ar, en) in pairs)
        {
            var hyp = model.Decode(ar);
            if (hyp == en)
                exact++;
            edits += EditDistance(hyp, en);
            letters += en.Length;
        }
        return ((double)exact / Math.Max(1, pairs.Count), (double)edits / Math.Max(1, letters), pairs.Count);
    }

    private static int ScoreFile(string path)
    {
        var hypotheses = File.ReadAllLines(path);
        var arabic = File.ReadAllLines(SharedDataPath.Resolve("lexicons/anetac-en-ar-names/translit_dev.ar"));
        var latin = File.ReadAllLines(SharedDataPath.Resolve("lexicons/anetac-en-ar-names/translit_dev.en"));
        if (hypotheses.Length != arabic.Length)
        {
            Console.Error.WriteLine($"translit: {path} has {hypotheses.Length} lines, translit_dev.ar has {arabic.Length}");
            return 2;
        }
        int n = 0, exact = 0, edits = 0, letters = 0;
        for (var i = 0; i < Math.Min(arabic.Length, latin.Length); i++)
        {
            var reference = FoldLatin(latin[i].Trim());
            if (NameTransliterator.FoldWord(arabic[i].Trim()).Length == 0 || reference.Length == 0)
                continue;
            var hypothesis = FoldLatin(hypotheses[i]);
            n++;
            if (hypothesis == reference)
                exact++;
            edits += EditDistance(hypothesis, reference);
            letters += reference.Length;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"translit_dev ({path}): {n} words, exact match {(double)exact / Math.Max(1, n):P1}, character error rate {(double)edits / Math.Max(1, letters):P1}"));
        return 0;
    }

    private static List<(string, string)> ReadPairs(string split)
    {
        var ar = File.ReadAllLines(SharedDataPath.Resolve($"lexicons/anetac-en-ar-names/{split}.ar"));
        var en = File.ReadAllLines(SharedDataPath.Resolve($"lexicons/anetac-en-ar-names/{split}.en"));
        var pairs = new List<(string, string)>(ar.Length);
        for (var i = 0; i < Math.Min(ar.Length, en.Length); i++)
        {
            var a = NameTransliterator.FoldWord(ar[i].Trim());
            var e = FoldLatin(en[i].Trim());
            if (a.Length > 0 && e.Length > 0)
                pairs.Add((a, e));
        }
        return pairs;
    }

    /// <summary>Lower case, accents off (ć → c), letters only.</summary>
    public static string FoldLatin(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z')
                sb.Append(lower);
            else if (lower == 'ø')
                sb.Append('o');
        }
        return sb.ToString();
    }

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var up = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = up;
            }
        }
        return row[b.Length];
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}

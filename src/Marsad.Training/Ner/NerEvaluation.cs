using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>Scores a tagger on labelled sentences: entity-level micro and per-type F1 (exact span and type), and conlleval.py's verdict.</summary>
internal static class NerEvaluation
{
    public static int Score(NerTagger tagger, List<LabelledSentence> dev, string directory, Action<string> log)
    {
        Directory.CreateDirectory(directory);
        var gold = Path.Combine(directory, "dev-gold.txt");
        var predicted = Path.Combine(directory, "dev-pred.txt");
        ConllCorpus.Write(gold, dev);
        int correct = 0, goldCount = 0, predictedCount = 0;
        var perType = new int[NerLabels.Types.Length, 3];
        var clock = Stopwatch.StartNew();
        using (var writer = new StreamWriter(predicted, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
        {
            // as `marsad ner` does: names kept consistent across neighbouring sentences
            var stream = new NerStream(tagger);
            var tagged = dev.SelectMany(s => stream.Add(s.Tokens)).ToList();
            tagged.AddRange(stream.Complete());
            for (var k = 0; k < dev.Count; k++)
            {
                var sentence = dev[k];
                var tags = tagged[k];
                var labels = tags.Select(NerLabels.Parse).ToArray();
                for (var i = 0; i < tags.Length; i++)
                    writer.WriteLine(sentence.Tokens[i] + "\t" + tags[i]);
                writer.WriteLine();
                var g = ConllCorpus.Entities(sentence.Labels).ToHashSet();
                var p = ConllCorpus.Entities(labels).ToHashSet();
                goldCount += g.Count;
                predictedCount += p.Count;
                foreach (var e in g)
                    perType[e.Type, 0]++;
                foreach (var e in p)
                {
                    perType[e.Type, 1]++;
                    if (g.Contains(e))
                    {
                        correct++;
                        perType[e.Type, 2]++;
                    }
                }
            }
        }
        log($"tagged {dev.Sum(s => s.Tokens.Length)} dev tokens in {clock.ElapsedMilliseconds} ms");
        log(string.Create(CultureInfo.InvariantCulture, $"dev micro: P {Ratio(correct, predictedCount):F4} R {Ratio(correct, goldCount):F4} F1 {F1(correct, goldCount, predictedCount):F4}"));
        for (var t = 0; t < NerLabels.Types.Length; t++)
            log(string.Create(CultureInfo.InvariantCulture, $"  {NerLabels.Types[t],-4} gold {perType[t, 0],4} predicted {perType[t, 1],4} F1 {F1(perType[t, 2], perType[t, 0], perType[t, 1]):F4}"));
        RunConlleval(gold, predicted, log);
        return 0;
    }

    /// <summary>
    /// Entity-level micro-F1 of the tagger on <paramref name="dev"/>, without writing files: tagged as
    /// <see cref="Score"/> and <c>marsad ner</c> tag it (names kept consistent across neighbouring sentences).
    /// </summary>
    public static double MicroF1(NerTagger tagger, List<LabelledSentence> dev)
    {
        var (correct, gold, predicted) = Counts(tagger, dev);
        return F1(correct, gold, predicted);
    }

    /// <summary>Entity counts of the tagger on <paramref name="dev"/>: exact matches, gold entities, predicted entities.</summary>
    public static (int Correct, int Gold, int Predicted) Counts(NerTagger tagger, List<LabelledSentence> dev)
    {
        var stream = new NerStream(tagger);
        var tagged = dev.SelectMany(s => stream.Add(s.Tokens)).ToList();
        tagged.AddRange(stream.Complete());
        int correct = 0, gold = 0, predicted = 0;
        for (var k = 0; k < dev.Count; k++)
        {
            var labels = tagged[k].Select(NerLabels.Parse).ToArray();
            var g = ConllCorpus.Entities(dev[k].Labels).ToHashSet();
            var p = ConllCorpus.Entities(labels).ToHashSet();
            gold += g.Count;
            predicted += p.Count;
            correct += p.Count(g.Contains);
        }
        return (correct, gold, predicted);
    }

    private static void RunConlleval(string gold, string predicted, Action<string> log)
    {
        string script;
        try
        {
            script = Path.GetFullPath(Path.Combine(SharedDataPath.Resolve("ner"), "..", "..", "tools", "conlleval.py"));
        }
        catch (FileNotFoundException)
        {
            return;
        }
        if (!File.Exists(script))
            return;
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(gold);
        psi.ArgumentList.Add(predicted);
        try
        {
            using var process = Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            log("conlleval.py: " + output.Trim() + error.Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            log("python3 not found: conlleval.py not run");
        }
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : a / (double)b;

    public static double F1(int correct, int gold, int predicted)
    {
        var p = Ratio(correct, predicted);
        var r = Ratio(correct, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

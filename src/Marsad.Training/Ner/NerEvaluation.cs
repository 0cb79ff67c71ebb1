using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>
/// Entity counts per type (<see cref="NerLabels.Types"/>): gold entities, predicted entities, exact matches (span
/// and type).
/// </summary>
internal sealed class EntityCounts
{
    private readonly int[,] _counts = new int[NerLabels.Types.Length, 3];

    public int Gold(int type) => _counts[type, 0];

    public int Predicted(int type) => _counts[type, 1];

    public int Correct(int type) => _counts[type, 2];

    public int TotalGold => Sum(0);

    public int TotalPredicted => Sum(1);

    public int TotalCorrect => Sum(2);

    public void Add(int type, int gold, int predicted, int correct)
    {
        _counts[type, 0] += gold;
        _counts[type, 1] += predicted;
        _counts[type, 2] += correct;
    }

    /// <summary>Adds another set of counts (pooling folds).</summary>
    public void Add(EntityCounts other)
    {
        for (var t = 0; t < NerLabels.Types.Length; t++)
            Add(t, other.Gold(t), other.Predicted(t), other.Correct(t));
    }

    /// <summary>One line: micro P / R / F1, then F1 per type.</summary>
    public string Summary()
    {
        var types = Enumerable.Range(0, NerLabels.Types.Length).Select(t => string.Create(CultureInfo.InvariantCulture,
            $" {NerLabels.Types[t]} {NerEvaluation.F1(Correct(t), Gold(t), Predicted(t)):F4} (R {NerEvaluation.Ratio(Correct(t), Gold(t)):F4}, {Gold(t)})"));
        return string.Create(CultureInfo.InvariantCulture,
            $"micro P {NerEvaluation.Ratio(TotalCorrect, TotalPredicted):F4} R {NerEvaluation.Ratio(TotalCorrect, TotalGold):F4} F1 {NerEvaluation.F1(TotalCorrect, TotalGold, TotalPredicted):F4} ({TotalGold} gold);") + string.Concat(types);
    }

    private int Sum(int column)
    {
        var total = 0;
        for (var t = 0; t < NerLabels.Types.Length; t++)
            total += _counts[t, column];
        return total;
    }
}

/// <summary>Scores a tagger on labelled sentences: entity-level micro and per-type F1 (exact span and type), and conlleval.py's verdict.</summary>
internal static class NerEvaluation
{
    /// <summary>
    /// Tags <paramref name="dev"/> as <c>marsad ner</c> does, writes <c>NAME-gold.txt</c> and <c>NAME-pred.txt</c> in
    /// <paramref name="directory"/>, logs the scores and conlleval.py's, and returns the counts.
    /// </summary>
    public static EntityCounts Score(NerTagger tagger, List<LabelledSentence> dev, string directory, string name, Action<string> log)
    {
        Directory.CreateDirectory(directory);
        var gold = Path.Combine(directory, name + "-gold.txt");
        var predicted = Path.Combine(directory, name + "-pred.txt");
        ConllCorpus.Write(gold, dev);
        var counts = new EntityCounts();
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
                foreach (var e in g)
                    counts.Add(e.Type, 1, 0, 0);
                foreach (var e in p)
                    counts.Add(e.Type, 0, 1, g.Contains(e) ? 1 : 0);
            }
        }
        log($"tagged {dev.Sum(s => s.Tokens.Length)} {name} tokens in {clock.ElapsedMilliseconds} ms");
        log(string.Create(CultureInfo.InvariantCulture, $"{name} micro: P {Ratio(counts.TotalCorrect, counts.TotalPredicted):F4} R {Ratio(counts.TotalCorrect, counts.TotalGold):F4} F1 {F1(counts.TotalCorrect, counts.TotalGold, counts.TotalPredicted):F4}"));
        for (var t = 0; t < NerLabels.Types.Length; t++)
            log(string.Create(CultureInfo.InvariantCulture, $"  {NerLabels.Types[t],-4} gold {counts.Gold(t),4} predicted {counts.Predicted(t),4} F1 {F1(counts.Correct(t), counts.Gold(t), counts.Predicted(t)):F4}"));
        RunConlleval(gold, predicted, log);
        return counts;
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

    /// <summary>Runs ../shared/tools/conlleval.py on a gold and a predicted file and logs its JSON line (when python3 and the script are there).</summary>
    public static void RunConlleval(string gold, string predicted, Action<string> log)
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

    public static double Ratio(int a, int b) => b == 0 ? 0 : a / (double)b;

    public static double F1(int correct, int gold, int predicted)
    {
        var p = Ratio(correct, predicted);
        var r = Ratio(correct, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

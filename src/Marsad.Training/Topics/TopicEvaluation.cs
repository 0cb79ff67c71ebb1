using System.Globalization;
using System.Text;
using Marsad.Analysis.Topics;

namespace Marsad.Training.Topics;

/// <summary>Accuracy, macro-F1 and a confusion matrix of a topic model on labelled examples (markdown for docs/benchmarks.md).</summary>
internal static class TopicEvaluation
{
    /// <summary>The four labels the target names, measured on the ANT v2.1 outlets.</summary>
    public static readonly string[] TargetLabels = [TopicLabels.Culture, TopicLabels.Economy, TopicLabels.Sports, TopicLabels.Technology];

    public static string Report(TopicModel model, IReadOnlyList<TopicExample> examples, double minProbability, string title)
    {
        var labels = model.Labels;
        var confusion = new int[labels.Count, labels.Count + 1]; // last column: no topic (below the threshold)
        int total = 0, correct = 0, targetTotal = 0, targetCorrect = 0, answered = 0, answeredCorrect = 0;
        foreach (var e in examples)
        {
            if (e.Label is null)
                continue;
            var gold = IndexOf(labels, e.Label);
            var p = model.Probabilities(e.Title, e.Text);
            var best = Array.IndexOf(p, p.Max());
            var predicted = p[best] >= minProbability ? best : labels.Count;
            confusion[gold, predicted]++;
            total++;
            var ok = predicted == gold;
            correct += ok ? 1 : 0;
            if (predicted < labels.Count)
            {
                answered++;
                answeredCorrect += ok ? 1 : 0;
            }
            if (e.Corpus == "v2" && TargetLabels.Contains(e.Label))
            {
                targetTotal++;
                targetCorrect += ok ? 1 : 0;
            }
        }
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"### {title}");
        sb.AppendLine();
        sb.AppendLine(inv, $"- articles: {total}; accuracy {Ratio(correct, total)}; macro-F1 {MacroF1(confusion, labels.Count):F4}; no topic given for {Ratio(total - answered, total)} (accuracy when a topic is given {Ratio(answeredCorrect, answered)})");
        sb.AppendLine(inv, $"- ANT v2.1 culture / economy / sports / technology: {targetTotal} articles, accuracy {Ratio(targetCorrect, targetTotal)}");
        foreach (var label in TargetLabels)
        {
            var k = IndexOf(labels, label);
            var row = Enumerable.Range(0, labels.Count + 1).Sum(j => confusion[k, j]);
            sb.AppendLine(inv, $"  - {label}: recall {Ratio(confusion[k, k], row)} (all corpora)");
        }
        sb.AppendLine();
        sb.AppendLine("| gold \\ predicted | " + string.Join(" | ", labels) + " | (none) | recall |");
        sb.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", labels.Count + 2)));
        for (var g = 0; g < labels.Count; g++)
        {
            var row = Enumerable.Range(0, labels.Count + 1).Sum(j => confusion[g, j]);
            sb.Append(inv, $"| {labels[g]} |");
            for (var j = 0; j <= labels.Count; j++)
                sb.Append(inv, $" {confusion[g, j]} |");
            sb.AppendLine(inv, $" {Ratio(confusion[g, g], row)} |");
        }
        return sb.ToString();
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
                return i;
        }
        throw new ArgumentException("unknown label " + label);
    }

    private static double MacroF1(int[,] confusion, int n)
    {
        double sum = 0;
        var present = 0;
        for (var k = 0; k < n; k++)
        {
            var tp = confusion[k, k];
            var gold = Enumerable.Range(0, n + 1).Sum(j => confusion[k, j]);
            var predicted = Enumerable.Range(0, n).Sum(g => confusion[g, k]);
            if (gold == 0)
                continue;
            present++;
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = (double)tp / gold;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return present == 0 ? 0 : sum / present;
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("F4", CultureInfo.InvariantCulture);
}

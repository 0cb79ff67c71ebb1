using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>A sentence of annotated tokens.</summary>
internal sealed record LabelledSentence(string[] Tokens, int[] Labels);

/// <summary>Reads ANERcorp-style files: <c>token TAG</c> per line, a blank line between sentences.</summary>
internal static class ConllCorpus
{
    public static List<LabelledSentence> Read(string path)
    {
        var sentences = new List<LabelledSentence>();
        var tokens = new List<string>();
        var labels = new List<int>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var space = line.LastIndexOfAny([' ', '\t']);
            if (space <= 0)
                throw new InvalidDataException($"{path}: line without a tag: '{raw}'");
            tokens.Add(line[..space].Trim());
            var label = NerLabels.Parse(line[(space + 1)..]);
            // conlleval reads an I- that does not continue its type as a beginning; say so explicitly
            if (NerLabels.IsInside(label) && !NerLabels.CanFollow(labels.Count > 0 ? labels[^1] : -1, label))
                label--;
            labels.Add(label);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (tokens.Count == 0)
                return;
            sentences.Add(new LabelledSentence([.. tokens], [.. labels]));
            tokens.Clear();
            labels.Clear();
        }
    }

    /// <summary>Writes sentences as <c>token TAG</c> lines (the gold file conlleval reads).</summary>
    public static void Write(string path, IEnumerable<LabelledSentence> sentences)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Tokens.Length; i++)
                writer.WriteLine(s.Tokens[i] + " " + NerLabels.Names[s.Labels[i]]);
            writer.WriteLine();
        }
    }

    /// <summary>The entities of a sentence as (first token, token count, type index).</summary>
    public static IEnumerable<(int Start, int Length, int Type)> Entities(int[] labels)
    {
        for (var i = 0; i < labels.Length; i++)
        {
            if (!NerLabels.IsBegin(labels[i]))
                continue;
            var end = i + 1;
            while (end < labels.Length && labels[end] == labels[i] + 1)
                end++;
            yield return (i, end - i, NerLabels.TypeOf(labels[i]));
        }
    }
}

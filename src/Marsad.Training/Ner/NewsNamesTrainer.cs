using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis.Entities;
using Marsad.Text;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Builds gazetteers/ant-names.tsv: words that a bootstrap tagger (trained without this list) reads as part of a
/// name in most of their occurrences across the ANT news corpora (Apache-2.0), with the type it reads most. One
/// tagger pass over 8M tokens of 2017–2019 news turns the context evidence of many sentences (titles, reporting
/// verbs, agencies) into a per-word prior, so a name seen once in a weak context still looks like a name.
/// </summary>
internal sealed class NewsNamesTrainer : ITrainer
{
    public string Description => "NER name list from the ANT corpora, tagged by a bootstrap model";

    public int Run(string[] args)
    {
        var resources = StringOption(args, "--resources", Path.Combine("src", "Marsad.Core", "Resources"));
        var modelPath = StringOption(args, "--model", Path.Combine("artifacts", "ner", "bootstrap.bin"));
        var minCount = IntOption(args, "--min-count", 3);
        var minShare = double.Parse(StringOption(args, "--min-share", "0.5"), CultureInfo.InvariantCulture);
        var output = StringOption(args, "--out", Path.Combine(resources, NerLexicon.NewsNamesResource));
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        var lexicon = NerTrainer.ReadLexicon(resources, withNewsNames: false);
        NerModel model;
        using (var file = File.OpenRead(modelPath))
            model = NerModel.Read(file);
        var tagger = new NerTagger(model, lexicon);
        var texts = NewsCorpus.RawTexts(
            SharedDataPath.Resolve("corpus/ant-v2.1-train.jsonl.gz"),
            SharedDataPath.Resolve("corpus/ant-v1.1-jawharafm")).ToList();
        Log($"{texts.Count} texts");

        var totals = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var gate = new object();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, texts.Count, 256), range =>
        {
            var local = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var words = new List<string>();
            for (var t = range.Item1; t < range.Item2; t++)
            {
                var text = texts[t];
                foreach (var sentence in SentenceSplitter.Split(text))
                {
                    words.Clear();
                    foreach (var token in ArabicTokenizer.Enumerate(text.AsSpan(sentence.Start, sentence.Length)))
                        words.Add(text.Substring(sentence.Start + token.Start, token.Length));
                    var labels = tagger.TagLabels(words);
                    for (var i = 0; i < words.Count; i++)
                    {
                        var word = NerText.Normalize(words[i]);
                        Proclitics.Split(word, lexicon.Clusters, out var remainder);
                        if (!local.TryGetValue(remainder, out var counts))
                            local[remainder] = counts = new int[1 + NerLabels.Types.Length];
                        counts[0]++;
                        if (labels[i] != NerLabels.Outside)
                            counts[1 + NerLabels.TypeOf(labels[i])]++;
                    }
                }
            }
            lock (gate)
            {
                foreach (var (word, counts) in local)
                {
                    if (!totals.TryGetValue(word, out var sum))
                        totals[word] = sum = new int[counts.Length];
                    for (var k = 0; k < counts.Length; k++)
                        sum[k] += counts[k];
                }
            }
        });

        var entries = new List<(string Type, string Word)>();
        foreach (var (word, counts) in totals.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (counts[0] < minCount || word.Length < 2 || !ArabicLetters.IsLetter(word[0]))
                continue;
            var best = 1;
            for (var k = 2; k < counts.Length; k++)
            {
                if (counts[k] > counts[best])
                    best = k;
            }
            var named = counts.Skip(1).Sum();
            if (named >= minShare * counts[0] && counts[best] * 2 > named)
                entries.Add((NerLabels.Types[best - 1], word));
        }
        NerTrainer.WriteLexicon(output, entries,
            "Words a bootstrap NER model tags as names in most of their occurrences in the ANT corpus v2.1 and v1.1 (Apache-2.0; Chouigui et al. 2017)",
            "ner-names");
        Log($"wrote {output}: {entries.Count} words");
        return 0;
    }
}

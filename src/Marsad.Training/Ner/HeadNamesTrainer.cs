using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis.Entities;
using Marsad.Text;
using static Marsad.Training.Ner.NerClustersTrainer;

namespace Marsad.Training.Ner;

/// <summary>
/// Builds gazetteers/ant-head-names.tsv: the names that follow an organisation head noun (حزب، شركة، نادي، صحيفة …)
/// or a place head noun (مدينة، ولاية …) in the ANT news corpora (Apache-2.0), read without the head: حزب الليكود →
/// الليكود (ORG), شركة فولكسفاغن → فولكسفاغن, مدينة ليون → ليون (LOC). A name is usually written bare, so a word that
/// follows such a head in a good share of its corpus occurrences is evidence of its type where the head is absent.
/// The extent is learned from the counts: a phrase is extended by its most frequent next word while at least half
/// of its occurrences after the head continue with that word (حزب العدالة → العدالة والتنمية), up to three words;
/// the phrase and each extent are kept when they follow the head in at least a given share of their occurrences.
/// </summary>
internal sealed class HeadNamesTrainer : ITrainer
{
    private const int MaxWords = 3;

    /// <summary>The trigger categories read (triggers.tsv) and the type of the names after them.</summary>
    private static readonly (string Category, string Type)[] Heads = [("ORGHEAD", "ORG"), ("LOCHEAD", "LOC")];

    public string Description => "NER list of names that follow organisation and place head nouns in the ANT corpora";

    public int Run(string[] args)
    {
        var resources = StringOption(args, "--resources", Path.Combine("src", "Marsad.Core", "Resources"));
        var minCount = IntOption(args, "--min-count", 3);
        var minShare = double.Parse(StringOption(args, "--min-share", "0.1"), CultureInfo.InvariantCulture);
        var output = StringOption(args, "--out", Path.Combine(resources, NerLexicon.HeadNamesResource));
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");

        var lexicon = NerTrainer.ReadLexicon(resources, withNewsNames: false);
        var categories = Heads.Select(h => lexicon.Triggers.Category(h.Category)).ToArray();
        var texts = NewsCorpus.Texts(
            SharedDataPath.Resolve("corpus/ant-v2.1-train.jsonl.gz"),
            SharedDataPath.Resolve("corpus/ant-v1.1-jawharafm")).Select(t => Forms(t, lexicon.Clusters)).ToList();
        Log($"{texts.Count} texts, {texts.Sum(t => t.Words.Length)} tokens");

        // after each head: the phrases of 1–3 words that follow it (per head kind)
        var afterHead = Heads.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        foreach (var (words, remainders) in texts)
        {
            for (var i = 0; i + 1 < words.Length; i++)
            {
                var head = Array.IndexOf(categories, lexicon.Triggers.CategoryOf(remainders[i]));
                if (head < 0)
                    continue;
                foreach (var phrase in Phrases(words, remainders, i + 1))
                    afterHead[head][phrase] = afterHead[head].GetValueOrDefault(phrase) + 1;
            }
        }

        var chosen = new List<(int Head, string Phrase, int Count)>();
        for (var h = 0; h < Heads.Length; h++)
        {
            var next = MostFrequentContinuations(afterHead[h]);
            foreach (var (phrase, count) in afterHead[h])
            {
                if (count < minCount || phrase.Contains(' ', StringComparison.Ordinal))
                    continue;
                // the phrase and each longer extent of it (ليون and ليون الفرنسية): the name is matched wherever it starts
                var (extent, extentCount) = (phrase, count);
                chosen.Add((h, extent, extentCount));
                while (next.TryGetValue(extent, out var longer) && longer.Count >= minCount && 2 * longer.Count >= extentCount)
                {
                    (extent, extentCount) = (longer.Phrase, longer.Count);
                    chosen.Add((h, extent, extentCount));
                }
            }
        }

        // how often each chosen phrase occurs anywhere (its first word with or without proclitic, as the gazetteer matches)
        var totals = chosen.Select(c => c.Phrase).Distinct(StringComparer.Ordinal).ToDictionary(p => p, _ => 0, StringComparer.Ordinal);
        foreach (var (words, remainders) in texts)
        {
            for (var i = 0; i < words.Length; i++)
            {
                foreach (var phrase in Phrases(words, remainders, i))
                {
                    if (totals.TryGetValue(phrase, out var total))
                        totals[phrase] = total + 1;
                }
            }
        }

        var entries = new SortedSet<(string Type, string Phrase)>();
        foreach (var (head, phrase, count) in chosen)
        {
            if (count >= minShare * totals[phrase] && !IsHead(phrase, lexicon.Triggers))
                entries.Add((Heads[head].Type, phrase));
        }
        NerTrainer.WriteLexicon(output, entries,
            $"Names after organisation and place head nouns in the ANT corpus v2.1 and v1.1 (Apache-2.0; Chouigui et al. 2017): >= {minCount} times after a head, >= {minShare.ToString(CultureInfo.InvariantCulture)} of their occurrences",
            "ner-heads");
        Log($"wrote {output}: {entries.Count(e => e.Type == "ORG")} ORG, {entries.Count(e => e.Type == "LOC")} LOC phrases");
        return 0;
    }

    /// <summary>A text's normalized words and the same without proclitics.</summary>
    private static (string[] Words, string[] Remainders) Forms(string[] words, WordClusters clusters)
    {
        var remainders = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            Proclitics.Split(words[i], clusters, out var remainder);
            remainders[i] = remainder;
        }
        return (words, remainders);
    }

    /// <summary>
    /// The phrases of 1–3 Arabic words starting at <paramref name="start"/>, the first without its proclitic (as
    /// the gazetteer matches it); a token that is not an Arabic word ends them.
    /// </summary>
    private static IEnumerable<string> Phrases(string[] words, string[] remainders, int start)
    {
        var phrase = "";
        for (var k = 0; k < MaxWords && start + k < words.Length; k++)
        {
            var word = k == 0 ? remainders[start] : words[start + k];
            if (word.Length < 2 || !word.All(ArabicLetters.IsLetter))
                yield break;
            phrase = k == 0 ? word : phrase + " " + word;
            yield return phrase;
        }
    }

    /// <summary>For each phrase, its most frequent one-word continuation after the head and that continuation's count.</summary>
    private static Dictionary<string, (string Phrase, int Count)> MostFrequentContinuations(Dictionary<string, int> counts)
    {
        var next = new Dictionary<string, (string Phrase, int Count)>(StringComparer.Ordinal);
        foreach (var (phrase, count) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var space = phrase.LastIndexOf(' ');
            if (space < 0)
                continue;
            var prefix = phrase[..space];
            if (!next.TryGetValue(prefix, out var best) || count > best.Count)
                next[prefix] = (phrase, count);
        }
        return next;
    }

    /// <summary>A phrase that begins with a head noun itself (شركة مصر → مصر is kept, not "مجلس" after "رئيس مجلس").</summary>
    private static bool IsHead(string phrase, TriggerWords triggers)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return triggers.CategoryOf(space < 0 ? phrase : phrase[..space]) != 0;
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Serialization;
using Marsad.Stories;
using Marsad.Training;
using Marsad.Training.Corpora;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality story-tuning DEV.jsonl HELDOUT.jsonl`: runs the real analysis pipeline (extraction, entities) over the ANT v2.1
/// articles of both gold windows (±3 days), then scores a grid of story options on both, so a setting chosen on the
/// development window is seen with its held-out score. Analyzed articles are cached in the temp folder.
/// </summary>
internal static class StoryTuning
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: quality story-tuning DEV.jsonl HELDOUT.jsonl");
            return 2;
        }
        var windows = args.Take(2).Select(Window.Load).ToList();
        var featureGrid = new List<StoryFeatureOptions>();
        foreach (var (ew, lead) in new[] { (0f, 2), (0.8f, 2), (1.2f, 2), (0.8f, 1), (0.8f, 3) })
            featureGrid.Add(new StoryFeatureOptions { EntityWeight = ew, LeadSentences = lead });
        var results = new List<(string Setting, double Dev, double Held, string Detail)>();
        foreach (var fo in featureGrid)
        {
            var features = windows.Select(w => w.Articles.Select(a => StoryFeatures.Of(a, null, fo)!).ToList()).ToList();
            foreach (var threshold in new[] { 0.1, 0.15, 0.2, 0.25, 0.3 })
                foreach (var days in new[] { 2.0, 3 })
                    foreach (var span in new[] { 3.0, 30 })
                    {
                        var co = new StoryClustererOptions { MinProbability = threshold, Window = TimeSpan.FromDays(days), MaxSpan = TimeSpan.FromDays(span) };
                        var scores = windows.Select((w, i) => w.Score(features[i], co)).ToList();
                        results.Add((string.Create(CultureInfo.InvariantCulture, $"entity {fo.EntityWeight} lead {fo.LeadSentences} threshold {threshold} window {days} span {span}"),
                            scores[0].F1, scores[1].F1, string.Join(" | ", scores.Select(s => s.ToString()))));
                    }
        }
        foreach (var r in results.OrderByDescending(r => r.Dev).Take(25))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev {r.Dev:0.0000} held {r.Held:0.0000}  {r.Setting}   [{r.Detail}]"));
        return 0;
    }

    /// <summary>A gold window: its analyzed articles (publication order) and gold stories.</summary>
    internal sealed class Window
    {
        public required List<Article> Articles { get; init; }

        public required Dictionary<string, int> Gold { get; init; }

        public static Window Load(string goldPath)
        {
            var uncertainPath = Path.ChangeExtension(goldPath, null) + ".uncertain.txt";
            var skip = File.Exists(uncertainPath) ? File.ReadAllLines(uncertainPath).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal) : [];
            var gold = new Dictionary<string, int>(StringComparer.Ordinal);
            var all = new HashSet<string>(StringComparer.Ordinal);
            var n = 0;
            foreach (var line in File.ReadLines(goldPath).Where(l => l.Trim().Length > 0))
            {
                n++;
                foreach (var e in JsonDocument.Parse(line).RootElement.GetProperty("articles").EnumerateArray())
                {
                    all.Add(e.GetString()!);
                    if (!skip.Contains(e.GetString()!))
                        gold[e.GetString()!] = n;
                }
            }
            return new Window { Articles = Analyzed(goldPath, all), Gold = gold };
        }

        /// <summary>Clusters <paramref name="features"/> and scores same-story pairs against the gold.</summary>
        public Score Score(List<StoryArticle> features, StoryClustererOptions options, StoryPairModel? model = null, StoryJoinModel? joinModel = null)
        {
            var clusterer = Cluster(features, options, model, joinModel);
            var pred = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in Gold.Keys)
                pred[id] = clusterer.StoryOf(id)?.Id ?? id;
            var ids = Gold.Keys.ToList();
            long tp = 0, gp = 0, pp = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    var g = Gold[ids[i]] == Gold[ids[j]];
                    var p = pred[ids[i]] == pred[ids[j]];
                    gp += g ? 1 : 0;
                    pp += p ? 1 : 0;
                    tp += g && p ? 1 : 0;
                }
            }
            double precision = pp == 0 ? 0 : (double)tp / pp, recall = gp == 0 ? 0 : (double)tp / gp;
            return new Score(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }

        /// <summary>The window's articles clustered in publication order.</summary>
        public static StoryClusterer Cluster(List<StoryArticle> features, StoryClustererOptions options, StoryPairModel? model = null, StoryJoinModel? joinModel = null)
        {
            var clusterer = new StoryClusterer(options, null, model, joinModel);
            foreach (var f in features)
                clusterer.Add(f);
            return clusterer;
        }

        private static List<Article> Analyzed(string goldPath, HashSet<string> goldIds)
        {
            var cache = Path.Combine(Path.GetTempPath(), "marsad-story-window-" + Path.GetFileNameWithoutExtension(goldPath) + ".jsonl");
            if (File.Exists(cache))
                return [.. File.ReadLines(cache).Select(l => ArticleJson.Deserialize(l)!)];
            var all = AntCorpus.ReadV2(SharedDataPath.Resolve(AntCorpus.V2Path)).Where(d => d.Published is not null).ToList();
            var inGold = all.Where(d => goldIds.Contains(d.Id)).ToList();
            var from = inGold.Min(d => d.Published!.Value) - TimeSpan.FromDays(3);
            var to = inGold.Max(d => d.Published!.Value) + TimeSpan.FromDays(3);
            var docs = all.Where(d => d.Published >= from && d.Published <= to).OrderBy(d => d.Published).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            var pipeline = ArticlePipeline.CreateDefault();
            // an article a later step fails on still gets its entities (the steps story features read)
            var fallback = new ArticlePipeline(ArticleExtractor.Default, [.. pipeline.Steps.Where(s => s.GetType().Name is not "QuoteExtractor" and not "EventExtractor")]);
            var analyzed = new ConcurrentDictionary<int, Article>();
            Parallel.For(0, docs.Count, i =>
            {
                var d = docs[i];
                var raw = new RawDocument
                {
                    Content = d.Text,
                    Id = d.Id,
                    Title = d.Title,
                    Source = d.Source,
                    Section = d.Section,
                    Published = d.Published!.Value.ToString("O", CultureInfo.InvariantCulture),
                };
                try
                {
                    analyzed[i] = pipeline.Process(raw);
                }
                catch (Exception e)
                {
                    // a step bug, or a regex timeout on a machine loaded by other builds: retry without quotes and events
                    Console.Error.WriteLine($"{d.Id}: the pipeline fails ({e.GetType().Name} in {e.TargetSite?.DeclaringType?.Name}); analyzed without quotes and events");
                    analyzed[i] = fallback.Process(raw);
                }
            });
            var list = Enumerable.Range(0, docs.Count).Select(i => analyzed[i]).ToList();
            File.WriteAllLines(cache, list.Select(a => ArticleJson.Serialize(a)));
            return list;
        }
    }

    internal readonly record struct Score(double Precision, double Recall, double F1)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
    }
}

using System.Text.Json;
using Marsad.Analysis.Keywords;
using Marsad.Stories;

namespace Marsad.Benchmarks.Stories;

/// <summary>
/// `quality story-dump GOLD.jsonl OUT.jsonl`: writes, for every analyzed article of a gold window (±3 days, the
/// story-tuning cache), what a story decision may read — headline and lead terms with their idf, entity keys and
/// types, event types and places, topic, and its near-duplicate match — one JSON object a line, for studying errors
/// and pair features outside .NET.
/// </summary>
internal static class StoryDump
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: quality story-dump GOLD.jsonl OUT.jsonl");
            return 2;
        }
        var window = StoryTuning.Window.Load(args[0]);
        var df = DocumentFrequencies.Default;
        var duplicates = new DuplicateIndex();
        using var w = new StreamWriter(args[1]);
        foreach (var a in window.Articles)
        {
            var f = StoryFeatures.Of(a)!;
            var copy = f.Fingerprint is null ? null : duplicates.Add(f.Id, f.Time, f.Fingerprint);
            var occ = ArticleTerms.Occurrences(a.Headline, a.Text).Where(o => o.Sentence < 5).ToList();
            w.WriteLine(JsonSerializer.Serialize(new
            {
                id = a.Id,
                t = f.Time.ToUnixTimeSeconds(),
                src = a.Source.Name,
                title = a.Headline,
                topic = a.Topic?.Label,
                gold = window.Gold.TryGetValue(a.Id, out var g) ? g : (int?)null,
                terms = occ.Select(o => new object[] { o.Term, o.Sentence, Math.Round(df.Idf(o.Term), 3) }),
                ents = a.Entities.Select(e => new[] { e.Key ?? "", e.Type, e.Canonical ?? e.Text }),
                events = a.Events.Select(e => new[] { e.Type, e.Place ?? "" }),
                vec = f.Vector.Select(p => new object[] { p.Key, Math.Round(p.Value, 4) }),
                copy = copy?.MatchedId,
                cont = copy?.Containment,
            }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using Marsad.Text;

namespace Marsad.Benchmarks.Text;

/// <summary>
/// <c>quality retrieval</c>: known-item search. Each article's title is a query, the documents are the article
/// bodies without titles, and the one relevant document is the title's own body. The same BM25
/// (<see cref="Bm25Index"/>) ranks over Marsad's terms and over Lucene.NET ArabicAnalyzer's terms in the same run;
/// prints MRR@10 and Recall@10 for each.
/// Options: <c>--corpus ant-v2.1|ant-v1.1</c> (default ant-v2.1, all articles indexed),
/// <c>--queries N</c> (every ⌈n/N⌉-th article as a query; default all), <c>--lexicon PATH</c> (a Marsad lexicon
/// file other than the shipped one, e.g. one built without the evaluated corpus).
/// </summary>
internal static class RetrievalHarness
{
    public static int Run(string[] args)
    {
        var corpus = "ant-v2.1";
        var queryCount = int.MaxValue;
        string? lexiconPath = null;
        var explain = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
                case "--queries" when i + 1 < args.Length: queryCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--lexicon" when i + 1 < args.Length: lexiconPath = args[++i]; break;
                case "--explain" when i + 1 < args.Length: explain = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine("usage: quality retrieval [--corpus ant-v2.1|ant-v1.1] [--queries N] [--lexicon PATH]");
                    return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var articles = corpus switch
        {
            "ant-v2.1" => AntCorpus.V21(),
            "ant-v1.1" => AntCorpus.V11(),
            _ => throw new ArgumentException("unknown corpus " + corpus),
        };
        var marsad = lexiconPath is null
            ? SearchTermAnalyzer.Default
            : new SearchTermAnalyzer(ArabicLexicon.Load(File.OpenRead(lexiconPath)), StopwordSet.Shipped);
        using var lucene = new LuceneArabicTerms();

        var step = Math.Max(1, (int)Math.Ceiling(articles.Count / (double)Math.Min(queryCount, articles.Count)));
        var queries = Enumerable.Range(0, articles.Count).Where(i => i % step == 0 && articles[i].Title.Length > 0).ToList();
        Console.WriteLine($"corpus {corpus}: {articles.Count:N0} bodies indexed, {queries.Count:N0} title queries (every {step}. article), loaded in {clock.Elapsed.TotalSeconds:F1}s");

        var analyzers = new (string Name, Func<string, List<string>> Terms)[]
        {
            ("Marsad SearchTermAnalyzer", marsad.GetTerms),
            ("Lucene.NET 4.8 ArabicAnalyzer", lucene.GetTerms),
        };
        Console.WriteLine("| analyzer | MRR@10 | Recall@10 | distinct terms | terms/body |");
        Console.WriteLine("|---|---|---|---|---|");
        var allRanks = new List<int[]>();
        foreach (var (name, terms) in analyzers)
        {
            var bodies = new IReadOnlyList<string>[articles.Count];
            Parallel.For(0, articles.Count, i => bodies[i] = terms(articles[i].Body));
            var index = new Bm25Index(bodies);
            var ranks = new int[queries.Count];
            Parallel.For(0, queries.Count, () => new double[articles.Count], (q, _, scores) =>
            {
                var doc = queries[q];
                ranks[q] = index.RankOf(terms(articles[doc].Title), doc, 10, scores);
                return scores;
            }, _ => { });
            allRanks.Add(ranks);
            var mrr = ranks.Sum(r => r == 0 ? 0 : 1.0 / r) / ranks.Length;
            var recall = ranks.Count(r => r > 0) / (double)ranks.Length;
            var perBody = bodies.Average(b => b.Count);
            Console.WriteLine($"| {name} | {mrr:F4} | {recall:F4} | {index.TermCount:N0} | {perBody:F0} |");
        }
        // development aid: queries where the second analyzer ranks the body higher than the first
        var shown = 0;
        for (var q = 0; q < queries.Count && shown < explain; q++)
        {
            int a = allRanks[0][q], b = allRanks[1][q];
            if ((a == 0 ? 99 : a) <= (b == 0 ? 99 : b))
                continue;
            shown++;
            var title = articles[queries[q]].Title;
            Console.WriteLine($"{a} vs {b}: {title}\n  marsad: {string.Join(' ', marsad.GetTerms(title))}\n  lucene: {string.Join(' ', lucene.GetTerms(title))}");
        }
        Console.WriteLine($"total {clock.Elapsed.TotalSeconds:F0}s");
        return 0;
    }
}

using Marsad.Analysis.Keywords;

namespace Marsad.Stories;

/// <summary>
/// The probability that two articles report the same specific event: a logistic regression over a handful of
/// similarities — their term/entity cosine, the overlap of their distinctive terms, how much of each headline the
/// other repeats, how rare (in the surrounding days) the entities they share are, their time gap, whether one outlet
/// wrote both and whether their leads give the same specific number. The weights were learned from the pairs of the
/// four development gold windows (tests/data/stories/ant-2018-04-10_11.jsonl, ant-2018-03-21_22.jsonl,
/// ant-2018-06-04_05.jsonl and ant-2018-07-10_11.jsonl; never the held-out one); retrain with
/// <c>dotnet run -c Release --project benchmarks/Marsad.Benchmarks -- quality story-train tests/data/stories/ant-2018-04-10_11.jsonl tests/data/stories/ant-2018-03-21_22.jsonl tests/data/stories/ant-2018-06-04_05.jsonl tests/data/stories/ant-2018-07-10_11.jsonl --linkage learned --drop-join log-size,story-span</c>,
/// which prints the <see cref="Default"/> line to paste here.
/// </summary>
public sealed record StoryPairModel
{
    /// <summary>Names of the features, in the order of <see cref="Weights"/>.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
        ["cosine", "term-overlap", "headline-repeat", "entity-overlap", "rarest-shared-entity", "time-gap", "same-outlet", "shared-number"];

    /// <summary>The model trained on the development gold windows (see the type's remarks for the command).</summary>
    public static StoryPairModel Default { get; } = new()
    {
        Weights = [5.7038, 5.2221, 5.7184, 3.0841, 0.6552, -0.8815, -0.6542, -0.0044],
        Bias = -4.9623,
    };

    /// <summary>One weight per feature of <see cref="FeatureNames"/>.</summary>
    public required IReadOnlyList<double> Weights { get; init; }

    public required double Bias { get; init; }

    /// <summary>The same-story probability of a pair with features <paramref name="features"/>.</summary>
    public double Probability(ReadOnlySpan<double> features) => LogisticModel.Probability(Weights, Bias, features);

    /// <summary>The model as the C# initializer of <see cref="Default"/> (what the trainer prints).</summary>
    public string ToCSharp() => LogisticModel.ToCSharp(Weights, Bias);

    /// <summary>
    /// The features of the pair (<paramref name="article"/>, <paramref name="member"/>) into <paramref name="into"/>
    /// (length <see cref="FeatureNames"/>.Count). <paramref name="entityIdf"/> gives an entity key's rarity in the
    /// days around the article.
    /// </summary>
    internal static void Features(PairContext article, StoryArticle member, Func<string, double> entityIdf, DocumentFrequencies df, Span<double> into)
    {
        double dot = 0, shared = 0, memberTerms = 0;
        foreach (var (k, v) in member.Vector)
        {
            var isTerm = k.StartsWith("w:", StringComparison.Ordinal);
            var idf = isTerm ? df.Idf(k[2..]) : 0;
            memberTerms += idf;
            if (article.Vector.TryGetValue(k, out var w))
            {
                // cosine of the unit term+entity vectors, and the idf of the distinctive terms both carry
                dot += v * w;
                shared += idf;
            }
        }
        var both = article.TermIdf + memberTerms;
        // how much of each headline (by idf) the other article repeats in its headline or its terms
        double memberTitle = 0, memberFound = 0, articleFound = 0;
        foreach (var t in member.TitleTerms)
        {
            var idf = df.Idf(t);
            memberTitle += idf;
            if (article.Title.Contains(t) || article.Vector.ContainsKey("w:" + t))
                memberFound += idf;
        }
        foreach (var t in article.Article.TitleTerms)
        {
            if (member.TitleTerms.Contains(t, StringComparer.Ordinal) || Carries(member, t))
                articleFound += df.Idf(t);
        }
        var repeat = ((article.TitleIdf > 0 ? articleFound / article.TitleIdf : 0) + (memberTitle > 0 ? memberFound / memberTitle : 0)) / 2;
        // entities: idf-weighted Dice of the two key sets, and the rarest key they share
        double eShared = 0, eBoth = article.EntityIdf, eMax = 0;
        foreach (var e in member.Entities)
        {
            var idf = entityIdf(e);
            eBoth += idf;
            if (article.Entities.Contains(e))
            {
                eShared += idf;
                eMax = Math.Max(eMax, idf);
            }
        }
        var hours = Math.Abs((article.Article.Time - member.Time).TotalHours);
        into[0] = dot;
        into[1] = both > 0 ? 2 * shared / both : 0;
        into[2] = repeat;
        into[3] = eBoth > 0 ? 2 * eShared / eBoth : 0;
        into[4] = eMax / 8;
        into[5] = Math.Log(1 + hours) / Math.Log(1 + 72);
        into[6] = article.Article.Source is not null && string.Equals(article.Article.Source, member.Source, StringComparison.Ordinal) ? 1 : 0;
        // a specific number both leads give (a toll, a score, an amount) ties two reports to one event
        var number = 0;
        foreach (var n in member.Numbers)
        {
            if (article.Numbers.Contains(n))
            {
                number = 1;
                break;
            }
        }
        into[7] = number;
    }

    private static bool Carries(StoryArticle member, string term)
    {
        foreach (var (k, _) in member.Vector)
        {
            if (k.Length == term.Length + 2 && k.StartsWith("w:", StringComparison.Ordinal) && k.AsSpan(2).SequenceEqual(term))
                return true;
        }
        return false;
    }

    /// <summary>What a pair's features read of the article being placed, computed once for all its candidates.</summary>
    internal sealed class PairContext
    {
        public PairContext(StoryArticle article, Func<string, double> entityIdf, DocumentFrequencies df)
        {
            Article = article;
            foreach (var (k, v) in article.Vector)
            {
                Vector[k] = v;
                if (k.StartsWith("w:", StringComparison.Ordinal))
                    TermIdf += df.Idf(k[2..]);
            }
            foreach (var t in article.TitleTerms)
            {
                Title.Add(t);
                TitleIdf += df.Idf(t);
            }
            foreach (var e in article.Entities)
            {
                if (Entities.Add(e))
                    EntityIdf += entityIdf(e);
            }
            Numbers.UnionWith(article.Numbers);
        }

        public StoryArticle Article { get; }

        public Dictionary<string, float> Vector { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Title { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Entities { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Numbers { get; } = new(StringComparer.Ordinal);

        public double TermIdf { get; }

        public double TitleIdf { get; }

        public double EntityIdf { get; }
    }
}

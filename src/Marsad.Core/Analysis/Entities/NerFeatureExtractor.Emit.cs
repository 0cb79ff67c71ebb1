using static Marsad.Analysis.Entities.FeatureTemplate;

namespace Marsad.Analysis.Entities;

internal sealed partial class NerFeatureExtractor
{
    private static readonly TokenInfo Start = Padding(SentenceStart);
    private static readonly TokenInfo End = Padding(SentenceEnd);

    private static TokenInfo Padding(string marker) =>
        new(marker, marker, marker, "", marker, new WordClusters.Entry(0, -2, -2, -2), 4, 0);

    private void Emit(int i, int n, SentenceFeatures f)
    {
        var t = _info[i];
        var p1 = i >= 1 ? _info[i - 1] : Start;
        var p2 = i >= 2 ? _info[i - 2] : Start;
        var n1 = i + 1 < n ? _info[i + 1] : End;
        var n2 = i + 2 < n ? _info[i + 2] : End;

        f.Add(FeatureHash.Of(Bias, ""));
        f.Add(FeatureHash.Of(Word, t.Word));
        f.Add(FeatureHash.Of(PreviousWord, p1.Word));
        f.Add(FeatureHash.Of(NextWord, n1.Word));
        f.Add(FeatureHash.Of(SecondPreviousWord, p2.Word));
        f.Add(FeatureHash.Of(SecondNextWord, n2.Word));
        f.Add(FeatureHash.Of(PreviousAndWord, p1.Word, t.Word));
        f.Add(FeatureHash.Of(WordAndNext, t.Word, n1.Word));
        f.Add(FeatureHash.Of(PreviousAndBare, p1.Bare, t.Bare));
        f.Add(FeatureHash.Of(BareAndNext, t.Bare, n1.Bare));

        if (!ReferenceEquals(t.Remainder, t.Word))
            f.Add(FeatureHash.Of(Remainder, t.Remainder));
        f.Add(FeatureHash.Of(Bare, t.Bare));
        f.Add(FeatureHash.Of(Proclitic, t.Proclitic));
        f.Add(FeatureHash.Of(PreviousBare, p1.Bare));
        f.Add(FeatureHash.Of(NextBare, n1.Bare));
        f.Add(FeatureHash.Of(SecondPreviousBare, p2.Bare));
        f.Add(FeatureHash.Of(SecondNextBare, n2.Bare));

        var bare = t.Bare.AsSpan();
        for (var k = 1; k <= 3 && k < bare.Length; k++)
            f.Add(FeatureHash.Of((byte)(Prefix + k - 1), bare[..k]));
        for (var k = 1; k <= 4 && k < bare.Length; k++)
            f.Add(FeatureHash.Of((byte)(Suffix + k - 1), bare[^k..]));

        // letter trigrams inside the bare word: foreign names have their own spelling habits (ـفيـ, ـوفـ, ڤ → ف)
        for (var k = 1; k + 3 <= bare.Length - 1; k++)
            f.Add(FeatureHash.Of(CharacterTrigram, bare.Slice(k, 3)));
        AddSuffixes(f, PreviousSuffix, p1.Bare);
        AddSuffixes(f, NextSuffix, n1.Bare);
        // a bag of the bare words 3–5 tokens away: the topic of the clause (a match, a cabinet) without position
        for (var k = 3; k <= 5; k++)
        {
            if (i - k >= 0)
                f.Add(FeatureHash.Of(LeftWindow, _info[i - k].Bare));
            if (i + k < n)
                f.Add(FeatureHash.Of(RightWindow, _info[i + k].Bare));
        }

        f.Add(FeatureHash.Of(Shape, t.Shape));
        f.Add(FeatureHash.Of(PreviousShapeAndShape, p1.Shape, t.Shape));
        f.Add(FeatureHash.Of(ShapeAndNextShape, t.Shape, n1.Shape));
        f.Add(FeatureHash.Of(Length, Math.Min(t.Bare.Length, 10)));

        AddClusters(f, Cluster, t.Cluster);
        AddClusters(f, PreviousCluster, p1.Cluster);
        AddClusters(f, NextCluster, n1.Cluster);
        f.Add(FeatureHash.Of(SecondPreviousCluster, p2.Cluster.Middle));
        f.Add(FeatureHash.Of(SecondNextCluster, n2.Cluster.Middle));
        f.Add(FeatureHash.Of(Frequency, (FrequencyBucket(t.Cluster.Frequency) * 8) + t.ClusterSource));
        f.Add(FeatureHash.Of(PreviousBareAndCluster, p1.Bare, ClusterName(t.Cluster.Middle)));
        f.Add(FeatureHash.Of(PreviousClusterAndCluster, p1.Cluster.Middle, t.Cluster.Middle));
        f.Add(FeatureHash.Of(ClusterAndNextCluster, t.Cluster.Middle, n1.Cluster.Middle));

        AddBits(f, GazetteerBegin, _begins[i]);
        AddBits(f, GazetteerInside, _insides[i]);
        if (i >= 1)
            AddBits(f, PreviousGazetteer, _begins[i - 1] | _insides[i - 1]);
        if (i + 1 < n)
            AddBits(f, NextGazetteer, _begins[i + 1] | _insides[i + 1]);

        f.Add(FeatureHash.Of(SentenceTopic, _topic));
        f.Add(FeatureHash.Of(TopicAndCluster, _topic, t.Cluster.Middle));
        var here = _begins[i] | _insides[i];
        AddBits(f, TopicAndGazetteer, here, _topic);
        AddBits(f, PreviousBareAndGazetteer, here, p1.Bare);

        if (i >= 2)
            AddBits(f, SecondPreviousGazetteer, _begins[i - 2] | _insides[i - 2]);
        if (i + 2 < n)
            AddBits(f, SecondNextGazetteer, _begins[i + 2] | _insides[i + 2]);

        if (n2.Trigger != 0)
            f.Add(FeatureHash.Of(SecondNextTrigger, n2.Trigger));
        if (p1.Trigger != 0)
            f.Add(FeatureHash.Of(PreviousTrigger, p1.Trigger));
        if (p2.Trigger != 0)
            f.Add(FeatureHash.Of(SecondPreviousTrigger, p2.Trigger));
        if (t.Trigger != 0)
            f.Add(FeatureHash.Of(Trigger, t.Trigger));
        if (n1.Trigger != 0)
            f.Add(FeatureHash.Of(NextTrigger, n1.Trigger));
    }

    private static void AddClusters(SentenceFeatures f, byte template, WordClusters.Entry cluster)
    {
        f.Add(FeatureHash.Of(template, cluster.Coarse));
        f.Add(FeatureHash.Of((byte)(template + 1), cluster.Middle));
        f.Add(FeatureHash.Of((byte)(template + 2), cluster.Fine));
    }

    private static void AddSuffixes(SentenceFeatures f, byte template, string bare)
    {
        for (var k = 2; k <= 3 && k < bare.Length; k++)
            f.Add(FeatureHash.Of((byte)(template + k - 2), bare.AsSpan()[^k..]));
    }

    private static void AddBits(SentenceFeatures f, byte template, uint bits, int context)
    {
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            f.Add(FeatureHash.Of(template, bit, context));
            bits &= bits - 1;
        }
    }

    private static void AddBits(SentenceFeatures f, byte template, uint bits, string context)
    {
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            f.Add(FeatureHash.Of(template, ClusterName(bit), context));
            bits &= bits - 1;
        }
    }

    private static void AddBits(SentenceFeatures f, byte template, uint bits)
    {
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            f.Add(FeatureHash.Of(template, bit));
            bits &= bits - 1;
        }
    }

    private static int FrequencyBucket(int frequency) => frequency == 0 ? 0 : 1 + System.Numerics.BitOperations.Log2((uint)frequency);

    private static readonly string[] ClusterNames = [.. Enumerable.Range(-2, 4096 + 2).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static string ClusterName(int cluster) => cluster + 2 < ClusterNames.Length ? ClusterNames[cluster + 2] : "?";
}

using System.Globalization;
using Marsad.Analysis.Names;

namespace Marsad.Benchmarks.Names;

/// <summary>
/// <c>quality names-anetac [--write-gold PATH] [--show N]</c>: the name key (<see cref="NameKey"/>, as
/// <c>marsad names</c> prints it) on clusters it was not designed on — Arabic spellings of one English name in ANETAC
/// (<see cref="AnetacVariantSet"/>) — next to the dev gold (../shared/data/gold/name-variants-dev.jsonl), both
/// scored as score_names.py scores them, plus the false-merge rates over every ANETAC
/// look-alike pair, consonant and vowel-letter look-alikes apart.
/// <c>--write-gold</c> writes the ANETAC set in the gold format (outside the repository: ANETAC has no licence) so
/// score_names.py can check the figures; <c>--show N</c> lists up to N split pairs and false merges of each set.
/// </summary>
internal static class NameVariantsHarness
{
    public static int Run(string[] args)
    {
        string? goldOut = null;
        var show = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--write-gold" when i + 1 < args.Length:
                    goldOut = args[++i];
                    break;
                case "--show" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out show):
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"names-anetac: unknown option '{args[i]}' (use --write-gold PATH, --show N)");
                    return 2;
            }
        }

        var anetac = AnetacVariantSet.Load(Text.AntCorpus.SharedData("lexicons/anetac-en-ar-names/EN-AR_Named-entities.txt"));
        var dev = VariantGold.Read(Text.AntCorpus.SharedData("gold/name-variants-dev.jsonl"));
        if (goldOut is not null)
            anetac.Gold.Write(goldOut);

        var devScore = dev.Score(NameKey.Compute);
        var anetacScore = anetac.Gold.Score(NameKey.Compute);

        Console.WriteLine($"dev gold ({dev.Clusters.Count} clusters, {dev.Distinct.Count} distinct pairs): {devScore}");
        Console.WriteLine($"ANETAC ({anetac.Gold.Clusters.Count} clusters, {anetac.Gold.Distinct.Count} distinct pairs): {anetacScore}");
        var consonantMerged = Merged(anetac.ConsonantLookAlikes);
        var vowelMerged = Merged(anetac.VowelLookAlikes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ANETAC look-alikes merged: consonant {consonantMerged.Count} of {anetac.ConsonantLookAlikes.Count} ({Rate(consonantMerged, anetac.ConsonantLookAlikes)}), vowel-letter {vowelMerged.Count} of {anetac.VowelLookAlikes.Count} ({Rate(vowelMerged, anetac.VowelLookAlikes)})"));
        if (show > 0)
        {
            Print("dev split", devScore.Split, show);
            Print("dev merged", devScore.Merged, show);
            Print("ANETAC split", anetacScore.Split, show);
            Print("ANETAC merged", anetacScore.Merged, show);
            Print("ANETAC consonant look-alikes merged", consonantMerged, show);
        }
        return 0;
    }

    private static List<(string A, string B)> Merged(List<(string A, string B)> pairs) =>
        [.. pairs.Where(p => NameKey.Compute(p.A) == NameKey.Compute(p.B))];

    private static string Rate(List<(string A, string B)> merged, List<(string A, string B)> all) =>
        ((double)merged.Count / Math.Max(all.Count, 1)).ToString("P2", CultureInfo.InvariantCulture);

    private static void Print(string title, List<(string A, string B)> pairs, int max)
    {
        Console.WriteLine($"-- {title} ({pairs.Count})");
        foreach (var (a, b) in pairs.Take(max))
            Console.WriteLine($"{a} / {b}\t{NameKey.Compute(a)} / {NameKey.Compute(b)}");
    }
}

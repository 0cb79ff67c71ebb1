using Marsad.Testing;

namespace Marsad.Tests.Analysis;

/// <summary>Real Arabic articles for analysis tests: the SANA sample committed in samples/ (headline, dateline, body).</summary>
internal static class SampleArticles
{
    public static (string Headline, string Text) Sana()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "samples", "sana-2015-medvedev-asean.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // line 0 is the headline, line 1 the dateline; the body follows
        var body = lines.Skip(2).TakeWhile(l => !l.StartsWith("انظر", StringComparison.Ordinal) && !l.Contains("تلغرام", StringComparison.Ordinal)).ToList();
        return (lines[0], string.Join("\n\n", body));
    }
}

using Marsad.Training.Corpora;

namespace Marsad.Benchmarks.Duplicates;

/// <summary>Edited copies of ANT v2.1 articles, as a second outlet would run a wire text: deterministic (seeded).</summary>
internal static class EditedCopies
{
    private static readonly string[] Boilerplate =
    [
        "تابعونا على تويتر وفيسبوك للاطلاع على آخر الأخبار",
        "اقرأ أيضا: آخر التطورات لحظة بلحظة",
        "جميع الحقوق محفوظة",
        "للمزيد من الأخبار اشترك في نشرتنا البريدية",
    ];

    public static List<(string OriginalId, DuplicateQuality.Doc Copy, string Kind)> Make(List<CorpusDocument> docs, int count)
    {
        var random = new Random(2018);
        var eligible = docs.Where(d => d.Published is not null && d.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
            .OrderByDescending(d => d.Sections.Count > 1).ThenBy(_ => random.Next()).Take(count).ToList();
        var result = new List<(string, DuplicateQuality.Doc, string)>();
        string[] kinds = ["paragraph dropped", "paragraphs reordered", "boilerplate added", "dateline + tail cut + boilerplate"];
        for (var i = 0; i < eligible.Count; i++)
        {
            var d = eligible[i];
            var paragraphs = d.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            var kind = kinds[i % kinds.Length];
            switch (i % kinds.Length)
            {
                case 0:
                    paragraphs.RemoveAt(1 + random.Next(paragraphs.Count - 1));
                    break;
                case 1:
                    var j = random.Next(paragraphs.Count - 1);
                    (paragraphs[j], paragraphs[j + 1]) = (paragraphs[j + 1], paragraphs[j]);
                    break;
                case 2:
                    paragraphs.Insert(0, "دبي - (وكالات)");
                    paragraphs.Add(Boilerplate[random.Next(Boilerplate.Length)]);
                    paragraphs.Add(Boilerplate[random.Next(Boilerplate.Length)]);
                    break;
                default:
                    paragraphs = [.. paragraphs.Take(Math.Max(2, (int)Math.Ceiling(paragraphs.Count * 0.7)))];
                    paragraphs.Insert(0, "القاهرة - رويترز");
                    paragraphs.Add(Boilerplate[random.Next(Boilerplate.Length)]);
                    break;
            }
            var copy = new DuplicateQuality.Doc("copy:" + d.Id, d.Published!.Value.AddHours(1 + random.Next(24)), string.Join('\n', paragraphs), d.Section);
            result.Add((d.Id, copy, kind));
        }
        return result;
    }
}

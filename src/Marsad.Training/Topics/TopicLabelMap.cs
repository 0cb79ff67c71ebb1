using Marsad.Analysis.Topics;
using Marsad.Training.Corpora;

namespace Marsad.Training.Topics;

/// <summary>
/// Maps ANT categories to Marsad topics (docs/models.md). Topical sections map one to one; geographic desks
/// (v1.1 internationalNews and localNews, v2.1 internationalNews and middleEast) and v1.1 "diverse" are not topics.
/// A text filed under a topical section and a desk takes the topical label. Desk-only texts are either dropped or,
/// with <c>--desks politics</c>, labelled politics (the two v2.1 desks are overwhelmingly political news).
/// </summary>
internal static class TopicLabelMap
{
    private static readonly Dictionary<string, string> Topical = new(StringComparer.Ordinal)
    {
        ["v1:culture"] = TopicLabels.Culture,
        ["v1:economy"] = TopicLabels.Economy,
        ["v1:politic"] = TopicLabels.Politics,
        ["v1:society"] = TopicLabels.Society,
        ["v1:sport"] = TopicLabels.Sports,
        ["v1:technology"] = TopicLabels.Technology,
        ["v2:culture"] = TopicLabels.Culture,
        ["v2:economy"] = TopicLabels.Economy,
        ["v2:sport"] = TopicLabels.Sports,
        ["v2:technology"] = TopicLabels.Technology,
    };

    private static readonly HashSet<string> PoliticalDesks = new(StringComparer.Ordinal) { "v2:internationalNews", "v2:middleEast" };

    public static List<TopicExample> Build(IEnumerable<CorpusGroup> groups, bool desksAsPolitics)
    {
        var examples = new List<TopicExample>();
        foreach (var g in groups)
        {
            var labels = g.Sections.Where(Topical.ContainsKey).Select(s => Topical[s]).ToHashSet(StringComparer.Ordinal);
            var desk = labels.Count == 0 && g.Sections.Any(PoliticalDesks.Contains);
            if (desk && desksAsPolitics)
                labels.Add(TopicLabels.Politics);
            if (labels.Count == 0)
                continue;
            var corpus = g.Sections.First()[..2];
            examples.Add(new TopicExample(g.Document.Id, corpus, g.Document.Source, g.Document.Title, g.Document.Text,
                labels.Count == 1 ? labels.First() : null, labels, g.Split, desk));
        }
        return examples;
    }
}

using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis.Topics;
using Marsad.Testing;
using Marsad.Tests.Analysis;
using Xunit;

namespace Marsad.Tests.Analysis.Topics;

public sealed class TopicClassifierTests
{
    private readonly TopicClassifier _classifier = new();

    [Fact]
    public void Sana_IsPolitics()
    {
        var (headline, text) = SampleArticles.Sana();
        Assert.Equal(TopicLabels.Politics, _classifier.Classify(headline, text)?.Label);
    }

    [Theory]
    [InlineData("ليفربول يكرر فوزه على سيتي ويبلغ نصف نهائي الأبطال", "حجز فريق ليفربول الإنجليزي مقعده في المربع الذهبي لدوري أبطال أوروبا بعدما تغلب على مانشستر سيتي 2-1 في إياب ربع النهائي.", TopicLabels.Sports)]
    [InlineData("النفط في أعلى مستوى خلال 3 سنوات", "قفزت أسعار النفط إلى أعلى مستوياتها في أكثر من ثلاثة أعوام أثناء التعاملات، وجرى تداول العقود الآجلة لخام برنت عند 72 دولارا للبرميل.", TopicLabels.Economy)]
    [InlineData("تحديث أبل الجديد يضر بهواتف آيفون 8", "قال موقع بريطاني إن التحديث الجديد الذي أصدرته شركة أبل تسبب في ظهور عطل ببعض شاشات هاتف آيفون 8 الذكي.", TopicLabels.Technology)]
    public void ShortReports_GetTheirTopic(string headline, string text, string expected) =>
        Assert.Equal(expected, _classifier.Classify(headline, text)?.Label);

    [Fact]
    public void NoText_HasNoTopic() => Assert.Null(_classifier.Classify("", " "));

    [Fact]
    public void Score_IsAProbabilityAtLeastTheThreshold()
    {
        var (headline, text) = SampleArticles.Sana();
        var topic = _classifier.Classify(headline, text)!;
        Assert.InRange(topic.Score, TopicClassifier.DefaultMinProbability, 1.0);
    }

    [Fact]
    public void ShippedModel_PredictsOnlyLabelsItHadDataFor()
    {
        var model = TopicModel.Load(EmbeddedData.Open(TopicClassifier.ResourcePath));
        Assert.DoesNotContain(TopicLabels.Health, model.Labels);
        Assert.DoesNotContain(TopicLabels.Security, model.Labels);
        Assert.All(model.Labels, l => Assert.Contains(l, TopicLabels.All));
    }

    [Fact]
    public void ShippedModel_SortsAntSportsSectionArticlesAsSports()
    {
        // a sample of the corpus (training and held-out texts alike): a sanity check that the shipped model and the
        // analyzer it was trained with still agree; the held-out figures are in docs/benchmarks.md
        var path = SharedData.Require("corpus/ant-v2.1-train.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        int total = 0, correct = 0;
        while (reader.ReadLine() is { } line && total < 200)
        {
            var r = JsonDocument.Parse(line).RootElement;
            if (r.GetProperty("section").GetString() != "sport" || r.TryGetProperty("section_ambiguous", out _))
                continue;
            total++;
            correct += _classifier.Classify(r.GetProperty("title").GetString(), r.GetProperty("text").GetString())?.Label == TopicLabels.Sports ? 1 : 0;
        }
        Assert.True(correct >= total * 0.95, $"{correct}/{total}");
    }

    [Fact]
    public void CorruptModel_IsRejectedWithAClearError()
    {
        using var stream = new MemoryStream([1, 2, 3]);
        Assert.ThrowsAny<InvalidDataException>(() => TopicModel.Load(stream));
    }
}

using CsCheck;
using Marsad.Stories;
using Marsad.Tests.Analysis;
using Xunit;

namespace Marsad.Tests.Stories;

public sealed class DuplicateIndexTests
{
    private static readonly DateTimeOffset Day = new(2018, 4, 10, 8, 0, 0, TimeSpan.Zero);

    private static string Wire() => SampleArticles.Sana().Text;

    [Fact]
    public void ExactCopy_IsLinkedToTheOriginal()
    {
        var index = new DuplicateIndex();
        Assert.Null(index.Add("sana", Day, TextFingerprint.Of(Wire())));
        var match = index.Add("copy", Day.AddHours(2), TextFingerprint.Of(Wire()));
        Assert.NotNull(match);
        Assert.Equal("sana", match.OriginalId);
        Assert.Equal(1.0, match.Containment);
    }

    [Fact]
    public void EditedCopy_DroppedReorderedAndBoilerplate_IsLinked()
    {
        var paragraphs = Wire().Split("\n\n").ToList();
        paragraphs.RemoveAt(3);
        (paragraphs[1], paragraphs[2]) = (paragraphs[2], paragraphs[1]);
        paragraphs.Add("تابعونا على تلغرام لمعرفة آخر الأخبار");
        var index = new DuplicateIndex();
        index.Add("sana", Day, TextFingerprint.Of(Wire()));
        Assert.Equal("sana", index.Add("edited", Day.AddDays(1), TextFingerprint.Of(string.Join("\n\n", paragraphs)))?.OriginalId);
    }

    [Fact]
    public void Original_IsTheEarliestPublished_EvenWhenAddedLater()
    {
        var index = new DuplicateIndex();
        index.Add("later", Day.AddHours(5), TextFingerprint.Of(Wire()));
        var match = index.Add("earlier", Day, TextFingerprint.Of(Wire()));
        Assert.Equal("earlier", match?.OriginalId);
        Assert.Equal("earlier", index.OriginalOf("later"));
        Assert.Equal(["later", "earlier"], index.GroupOf("earlier"));
    }

    [Fact]
    public void SamePublishedTime_FirstSeenIsTheOriginal()
    {
        var index = new DuplicateIndex();
        index.Add("first", Day, TextFingerprint.Of(Wire()));
        index.Add("second", Day, TextFingerprint.Of(Wire()));
        Assert.Equal("first", index.OriginalOf("second"));
    }

    [Fact]
    public void ReportOfTheSameEventInOtherWords_IsNotACopy()
    {
        const string other = "دعا ديمتري ميدفيديف في كلمته أمام قمة آسيان في كوالالمبور إلى توحيد الجهود الدولية في مواجهة تنظيم داعش، وأشار إلى أن التهديد يطال أوروبا وآسيا على حد سواء. كما وقع مع نظيره الماليزي اتفاقا لإنشاء لجنة حكومية مشتركة للتعاون الاقتصادي والعلمي.";
        var index = new DuplicateIndex();
        index.Add("sana", Day, TextFingerprint.Of(Wire()));
        Assert.Null(index.Add("other", Day, TextFingerprint.Of(other)));
    }

    [Fact]
    public void CopiesOutsideTheWindow_AreNotLinked()
    {
        var index = new DuplicateIndex(new DuplicateIndexOptions { Window = TimeSpan.FromDays(2) });
        index.Add("old", Day, TextFingerprint.Of(Wire()));
        Assert.Null(index.Add("new", Day.AddDays(10), TextFingerprint.Of(Wire())));
    }

    [Fact]
    public void ShortTexts_AreCopiesOnlyWhenIdentical()
    {
        var index = new DuplicateIndex();
        index.Add("a", Day, TextFingerprint.Of("انفجارات قوية تهز وسط العاصمة السعودية الرياض"));
        Assert.Null(index.Add("b", Day, TextFingerprint.Of("انفجارات قوية تهز وسط العاصمة السعودية الرياض مساء اليوم بعد اعتراض صاروخ")));
        Assert.NotNull(index.Add("c", Day, TextFingerprint.Of("انفجارات قوية تهز وسط العاصمة السعودية الرياض")));
    }

    [Fact]
    public void AddingTheSameIdTwice_DoesNotIndexItTwice()
    {
        var index = new DuplicateIndex();
        index.Add("a", Day, TextFingerprint.Of(Wire()));
        index.Add("a", Day, TextFingerprint.Of(Wire()));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Fingerprint_RoundTripsThroughBytes() =>
        Gen.String.Sample(s =>
        {
            var f = TextFingerprint.Of(s);
            Assert.Equal(f.Shingles, TextFingerprint.FromBytes(f.ToBytes()).Shingles);
        });

    [Fact]
    public void Fingerprint_IgnoresHarakatAndHamzaSpelling() =>
        Assert.Equal(TextFingerprint.Of("أكَّد رئيس الوزراء ضرورة تنسيق الجهود").Shingles, TextFingerprint.Of("اكد رئيس الوزراء ضروره تنسيق الجهود").Shingles);

    [Fact]
    public void TruncatedFingerprintBytes_AreRejected() =>
        Assert.Throws<FormatException>(() => TextFingerprint.FromBytes([0x80]));
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Extraction;
using Marsad.Testing;
using Xunit;

namespace Marsad.Tests.Analysis.Quotes;

/// <summary>
/// The SANA sample (samples/sana-2015-medvedev-asean.txt) through the default pipeline: the statements of Medvedev,
/// Najib Razak and Ban Ki-moon with their speakers and outlets, the Russia–Malaysia signing and the Medvedev–Ban Ki-moon
/// meeting. The full quotes and events are held in Expectations/sana-2015-medvedev-asean.quotes-events.json; when an
/// intended change alters them, the test writes the new output next to it as .received.json to review and approve.
/// </summary>
public sealed class SanaSampleTests
{
    private static readonly Lazy<Article> Sample = new(() =>
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "sana-2015-medvedev-asean.txt");
        return ArticlePipeline.CreateDefault().Process(new RawDocument { Content = File.ReadAllText(path), Id = "sana-2015-medvedev-asean" });
    });

    private static List<Quotation> QuotesBy(string canonical) => Sample.Value.Quotes.Where(q => q.SpeakerCanonical == canonical).ToList();

    [Fact]
    public void Medvedev_ThroughSputnik()
    {
        var quotes = QuotesBy("ديمتري ميدفيديف");
        Assert.Contains(quotes, q => q.Cue == "أكد" && q.Speaker == "رئيس الوزراء الروسي ديمتري ميدفيديف" && q.Via is null);
        Assert.Contains(quotes, q => q.Cue == "قوله" && q.Speaker == "ميدفيديف" && q.Via == "وكالة سبوتنيك الروسية" && q.Direct
            && q.Text.StartsWith("إن الخطر الناجم", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Cue == "معتبرا" && q.Via == "وكالة سبوتنيك الروسية");
        Assert.Contains(quotes, q => q.Cue == "دعا" && q.Via == "وكالة سبوتنيك الروسية");
    }

    [Fact]
    public void NajibRazak_TitleAndSurname()
    {
        var quotes = QuotesBy("نجيب عبد الرزاق");
        Assert.Contains(quotes, q => q.Cue == "أعرب" && q.Speaker == "رئيس الوزراء الماليزي نجيب عبد الرزاق");
        Assert.Contains(quotes, q => q.Cue == "وصف" && q.Speaker == "عبد الرزاق" && q.Text == "المستقرة" && q.Direct);
        Assert.Contains(quotes, q => q.Cue == "مشيرا" && q.Speaker == "عبد الرزاق");
    }

    [Fact]
    public void BanKiMoon_ThroughSputnik_ExceptOnAnotherOccasion()
    {
        var quotes = QuotesBy("بان كي مون");
        Assert.Contains(quotes, q => q.Cue == "قال" && q.Speaker == "الأمين العام للأمم المتحدة بان كي مون" && q.Via is null);
        Assert.Contains(quotes, q => q.Cue == "قوله" && q.Speaker == "كي مون" && q.Via == "وكالة سبوتنيك" && q.Direct);
        Assert.Contains(quotes, q => q.Cue == "مضيفا" && q.Via == "وكالة سبوتنيك");
        Assert.Contains(quotes, q => q.Cue == "أعلن" && q.Via is null); // "في وقت سابق"
    }

    [Fact]
    public void Signing_InKualaLumpur()
    {
        var e = Assert.Single(Sample.Value.Events, e => e.Type == "agreement");
        Assert.Equal(["روسيا", "ماليزيا"], e.Actors);
        Assert.Equal("كوالالمبور", e.Place);
        Assert.Equal("057", e.Cameo);
        Assert.Null(e.Date); // the sample states no date: none is invented
    }

    [Fact]
    public void Meeting_MedvedevAndBanKiMoon()
    {
        var e = Assert.Single(Sample.Value.Events, e => e.Type == "meeting");
        Assert.Contains("بان كي مون", e.Actors);
        Assert.Contains(e.Actors, a => a.EndsWith("ميدفيديف", StringComparison.Ordinal));
    }

    [Fact]
    public void QuotesAndEvents_MatchTheApprovedFile()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var received = JsonSerializer.Serialize(new { quotes = Sample.Value.Quotes, events = Sample.Value.Events }, options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        var approved = Path.Combine(AppContext.BaseDirectory, "Expectations", "sana-2015-medvedev-asean.quotes-events.json");
        var source = Path.Combine(SharedData.RepositoryRoot, "tests", "Marsad.Core.Tests", "Expectations", "sana-2015-medvedev-asean.quotes-events.json");
        if (!File.Exists(approved) || File.ReadAllText(approved) != received)
        {
            File.WriteAllText(Path.ChangeExtension(source, ".received.json"), received);
            Assert.Fail($"quotes/events differ from {source}; review {Path.ChangeExtension(source, ".received.json")} and rename it to approve");
        }
    }
}

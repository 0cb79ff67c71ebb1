using Marsad.Extraction;
using Xunit;

namespace Marsad.Tests.Extraction;

/// <summary>What the per-source model counts, and how its counts persist.</summary>
public sealed class SourceBoilerplateModelTests
{
    private static RawDocument Doc(string source, string body, string footer = "للتواصل مع المحرر 12345") =>
        new() { Source = source, Content = body + "\n" + footer };

    [Fact]
    public void LineInManyDocumentsOfOneSource_IsRecurring()
    {
        var model = new SourceBoilerplateModel(minDocuments: 3, minShare: 0);
        string[] bodies = ["أمطار غزيرة على أبها", "افتتاح معرض الكتاب", "فوز الهلال على النصر"];
        for (var i = 0; i < 3; i++)
            model.Observe(Doc("okaz", bodies[i], footer: $"للتواصل مع المحرر {10000 + i}"));
        // digits are folded, so the footer with another number is the same line
        Assert.True(model.IsRecurring("okaz", "للتواصل مع المحرر 99999"));
        Assert.False(model.IsRecurring("okaz", "افتتاح معرض الكتاب"));
        Assert.False(model.IsRecurring("alyaum", "للتواصل مع المحرر 99999"));
    }

    [Fact]
    public void TheSameDocumentTwice_CountsOnce()
    {
        var model = new SourceBoilerplateModel(minDocuments: 2, minShare: 0);
        var doc = Doc("okaz", "نص واحد مكرر");
        model.Observe(doc);
        model.Observe(doc);
        Assert.Equal(1, model.DocumentCount("okaz"));
        Assert.False(model.IsRecurring("okaz", "للتواصل مع المحرر 12345"));
    }

    [Fact]
    public void Counts_SurviveExportAndImport()
    {
        var model = new SourceBoilerplateModel(minDocuments: 2, minShare: 0);
        model.Observe(Doc("okaz", "الخبر الأول"));
        model.Observe(Doc("okaz", "الخبر الثاني"));
        var copy = new SourceBoilerplateModel(minDocuments: 2, minShare: 0);
        copy.Import(model.Export());
        Assert.Equal(2, copy.DocumentCount("okaz"));
        Assert.True(copy.IsRecurring("okaz", "للتواصل مع المحرر 12345"));
    }

    [Fact]
    public void ShareOfTheSource_IsRequired()
    {
        var model = new SourceBoilerplateModel(minDocuments: 2, minShare: 0.5);
        model.Observe(Doc("okaz", "الخبر الأول"));
        model.Observe(Doc("okaz", "الخبر الثاني"));
        for (var i = 0; i < 6; i++)
            model.Observe(new RawDocument { Source = "okaz", Content = $"خبر آخر {i} بلا تذييل" + new string('.', i + 1) });
        Assert.False(model.IsRecurring("okaz", "للتواصل مع المحرر 12345"));
    }
}

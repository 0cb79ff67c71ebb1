using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests.Formats;

public sealed class TrecFormatTests
{
    [Fact]
    public void BundledJawharaSample_ReadsEveryDocument()
    {
        var (docs, errors) = Fixtures.Read(Path.Combine(SharedData.RepositoryRoot, "samples", "jawharafm-sample.trec.gz"));
        Assert.Empty(errors);
        Assert.Equal(306, docs.Count);
        var first = docs[0];
        Assert.Equal(("JA-culture-1-20170120", "Jawhara FM", "culture", "2017-01-20T21:43:00+01:00"), (first.Id, first.Source, first.Section, first.Published));
        Assert.StartsWith("مخرج \"غدوة حيّ\"", first.Title);
        Assert.StartsWith("استضاف برنامج", first.Content);
        Assert.Null(first.Description); // an empty <ABSTRACT>
    }

    [Fact]
    public void UnterminatedDocs_AreReportedWithTheirLineAndStillRead()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cut.trec");
        File.WriteAllText(path, $"""
            <DOC>
            <DOCNO>A1</DOCNO>
            <TITLE>{Fixtures.Headline}</TITLE>
            <TEXT>
            {Fixtures.Paragraph}
            </TEXT>
            </DOC>
            <DOC>
            <DOCNO>A2</DOCNO>
            <TEXT>
            {Fixtures.Paragraph2} & < غير مهرب
            """);
        var (docs, errors) = Fixtures.Read(path);
        Assert.Equal(["A1", "A2"], docs.Select(d => d.Id));
        Assert.Contains("غير مهرب", docs[1].Content);
        Assert.Equal(path + ":8", Assert.Single(errors).Input);
    }

    [Fact]
    public void TruncatedGzip_KeepsTheDocumentsBeforeTheCut()
    {
        using var dir = new TempDirectory();
        var sample = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "samples", "jawharafm-sample.trec.gz"));
        File.WriteAllBytes(dir.File("cut.trec.gz"), sample[..(sample.Length / 3)]);
        var (docs, errors) = Fixtures.Read(dir.File("cut.trec.gz"));
        Assert.InRange(docs.Count, 20, 305);
        Assert.Contains(errors, e => e.Message.Contains("truncated"));
    }

    [Fact]
    public void TextBeforeTheFirstDoc_WithTrecForced_IsAClearError()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("x.trec"), Fixtures.Paragraph + "\n" + Fixtures.Paragraph2);
        var (docs, errors) = Fixtures.Read(InputFormat.Trec, dir.File("x.trec"));
        Assert.Empty(docs);
        Assert.Contains("not a TREC file", Assert.Single(errors).Problem);
    }
}

using Marsad.Sources;
using Marsad.Testing;
using Xunit;

namespace Marsad.Sources.Tests;

public sealed class DocumentReaderTests
{
    [Fact]
    public void Jsonl_ReadsTitleAndText()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.jsonl");
        File.WriteAllText(path, """{"id":"x1","title":"روسيا وماليزيا توقعان اتفاقية","text":"وقعت روسيا وماليزيا اتفاقية."}""" + "\n");
        var docs = DocumentReader.Read([path], InputFormat.Auto, e => Assert.Fail(e.Message)).ToList();
        var d = Assert.Single(docs);
        Assert.Equal("x1", d.Id);
        Assert.Equal("روسيا وماليزيا توقعان اتفاقية", d.Title);
    }

    [Fact]
    public void MalformedJsonl_IsReportedWithLineNumber()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.jsonl");
        File.WriteAllText(path, "{\"id\": \"ok\", \"text\": \"نص\"}\n{not json\n");
        var errors = new List<InputException>();
        _ = DocumentReader.Read([path], InputFormat.Jsonl, errors.Add).ToList();
        Assert.Contains(errors, e => e.Input.EndsWith("bad.jsonl:2", StringComparison.Ordinal));
    }
}

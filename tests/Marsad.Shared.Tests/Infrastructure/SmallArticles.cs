using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Testing;

namespace Marsad.Shared.Tests.Infrastructure;

/// <summary>
/// Small real Arabic articles for the queue and alert tests: ANT v2.1 (Apache-2.0, ../shared/data) articles with their
/// body cut after about <see cref="MaxChars"/> characters at a sentence end, so thousands analyze in seconds.
/// </summary>
internal static class SmallArticles
{
    public const int MaxChars = 400;

    /// <summary>Writes articles [<paramref name="skip"/>, <paramref name="skip"/>+<paramref name="count"/>) as JSONL and returns the path and their ids.</summary>
    public static (string Path, IReadOnlyList<string> Ids) Write(TempDirectory dir, int count, int skip = 0, string? name = null)
    {
        var source = SharedData.Require("corpus/ant-v2.1-train.jsonl.gz");
        var path = dir.File(name ?? $"ant-small-{skip}-{count}.jsonl");
        var ids = new List<string>();
        using var gz = new GZipStream(File.OpenRead(source), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        using var writer = new StreamWriter(path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        while (ids.Count < count && reader.ReadLine() is { } line)
        {
            var record = JsonNode.Parse(line)!.AsObject();
            var id = record["id"]?.GetValue<string>();
            if (id is null || !seen.Add(id) || index++ < skip)
                continue;
            record["text"] = Cut(record["text"]?.GetValue<string>() ?? "");
            record.Remove("abstract");
            writer.WriteLine(record.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            ids.Add(id);
        }
        if (ids.Count < count)
            throw new InvalidOperationException($"the corpus has only {ids.Count} articles after {skip}");
        return (path, ids);
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxChars)
            return text;
        var end = text.IndexOfAny(['.', '!', '؟', '\n'], MaxChars);
        return end < 0 || end > MaxChars * 2 ? text[..MaxChars] : text[..(end + 1)];
    }
}

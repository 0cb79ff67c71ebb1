using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Marsad.Training.Corpora;

/// <summary>
/// Reads the ANT corpus (Chouigui et al., Apache-2.0) from ../shared/data: v2.1 as gzipped JSON lines, v1.1 (JawharaFM)
/// as one gzipped TREC file per category.
/// </summary>
internal static class AntCorpus
{
    public const string V2Path = "corpus/ant-v2.1-train.jsonl.gz";
    public const string V1Folder = "corpus/ant-v1.1-jawharafm";

    /// <summary>Every article of ANT v2.1, in file order.</summary>
    public static IEnumerable<CorpusDocument> ReadV2(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var section = Str(r, "section");
            IReadOnlyList<string> sections = [section];
            if (r.TryGetProperty("section_ambiguous", out var amb) && amb.ValueKind == JsonValueKind.Array)
                sections = [.. amb.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0)];
            yield return new CorpusDocument(Str(r, "id"), Str(r, "source"), section, sections, Str(r, "title"), Str(r, "text"), ParseDate(Str(r, "published")));
        }
    }

    /// <summary>Every article of ANT v1.1, category file by category file (sorted by name), in file order.</summary>
    public static IEnumerable<CorpusDocument> ReadV1(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*.trec.gz").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress), Encoding.UTF8);
            var content = reader.ReadToEnd();
            // TREC files are SGML, not XML (raw '&' and '<' occur in URLs and text): cut by tags
            var at = 0;
            while ((at = content.IndexOf("<DOC>", at, StringComparison.Ordinal)) >= 0)
            {
                var end = content.IndexOf("</DOC>", at, StringComparison.Ordinal);
                if (end < 0)
                    break;
                var doc = content[at..end];
                at = end;
                var cat = Tag(doc, "CAT");
                yield return new CorpusDocument(Tag(doc, "DOCNO"), Tag(doc, "SRC"), cat, [cat], Tag(doc, "TITLE"), Tag(doc, "TEXT"), ParseDate(Tag(doc, "TIME")));
            }
        }
    }

    private static string Tag(string doc, string name)
    {
        var open = doc.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (open < 0)
            return "";
        open += name.Length + 2;
        var close = doc.IndexOf("</" + name + ">", open, StringComparison.Ordinal);
        return (close < 0 ? doc[open..] : doc[open..close]).Trim();
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    /// <summary>Parses RFC 1123 ("Sun, 18 Feb 2018 21:35:43 +0400", "… GMT") and ISO-8601 times.</summary>
    public static DateTimeOffset? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
            return null;
        s = s.Trim();
        if (s.EndsWith(" GMT", StringComparison.Ordinal) || s.EndsWith(" UTC", StringComparison.Ordinal))
            s = s[..^4] + " +0000";
        // "+0400" → "+04:00", the offset form .NET parses
        if (s.Length > 5 && s[^5] is '+' or '-' && s[^4..].All(char.IsAsciiDigit))
            s = s[..^2] + ":" + s[^2..];
        if (DateTimeOffset.TryParseExact(s, "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
            return d;
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out d) ? d : null;
    }
}

using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis.Entities;
using Marsad.Text;

namespace Marsad.Training.Ner;

/// <summary>
/// The unlabelled news the word clusters are learned from: ANT v2.1 (JSON lines: title, text) and ANT v1.1
/// JawharaFM (TREC: TITLE, TEXT), both Apache-2.0. Yields each text's tokens in <see cref="NerText"/> form.
/// </summary>
internal static class NewsCorpus
{
    public static IEnumerable<string[]> Texts(string antV21, string antV11Folder) =>
        RawTexts(antV21, antV11Folder).Select(Tokens);

    /// <summary>Each article's title and text as one string, ANT v2.1 first, then v1.1 by file name.</summary>
    public static IEnumerable<string> RawTexts(string antV21, string antV11Folder)
    {
        foreach (var text in Ant21(antV21))
            yield return text;
        foreach (var file in Directory.GetFiles(antV11Folder, "*.trec.gz").Order(StringComparer.Ordinal))
        {
            foreach (var text in Trec(file))
                yield return text;
        }
    }

    private static string[] Tokens(string text)
    {
        var tokens = ArabicTokenizer.Tokenize(text);
        var result = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            result[i] = NerText.Normalize(tokens[i].Text(text));
        return result;
    }

    private static IEnumerable<string> Ant21(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var text = root.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
            yield return (title + "\n" + text).Trim();
        }
    }

    private static IEnumerable<string> Trec(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var content = reader.ReadToEnd();
        var position = 0;
        while (true)
        {
            var start = content.IndexOf("<DOC>", position, StringComparison.Ordinal);
            if (start < 0)
                yield break;
            var end = content.IndexOf("</DOC>", start, StringComparison.Ordinal);
            if (end < 0)
                end = content.Length;
            var doc = content[start..end];
            yield return (Field(doc, "TITLE") + "\n" + Field(doc, "TEXT")).Trim();
            position = end;
        }
    }

    private static string Field(string doc, string name)
    {
        var open = doc.IndexOf("<" + name + ">", StringComparison.Ordinal);
        var close = doc.IndexOf("</" + name + ">", StringComparison.Ordinal);
        return open < 0 || close < open ? "" : doc[(open + name.Length + 2)..close];
    }
}

using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Marsad.Benchmarks.Text;

/// <summary>An ANT article: its title and its body (the body never contains the title).</summary>
internal sealed record AntArticle(string Id, string Title, string Body);

/// <summary>Reads the ANT corpora from ../shared/data (read-only; never copied into the repository).</summary>
internal static class AntCorpus
{
    public static string SharedData(string relative)
    {
        var root = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        if (string.IsNullOrEmpty(root))
        {
            var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
                dir = dir.Parent;
            root = Path.Combine(dir?.FullName ?? ".", "..", "shared", "data");
        }
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"shared data '{relative}' not found at {path}", path);
        return path;
    }

    /// <summary>ANT v2.1 (24,143 articles, JSON lines), in file order.</summary>
    public static List<AntArticle> V21()
    {
        var list = new List<AntArticle>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(SharedData("corpus/ant-v2.1-train.jsonl.gz")), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            list.Add(new AntArticle(root.GetProperty("id").GetString() ?? "", root.GetProperty("title").GetString() ?? "", root.GetProperty("text").GetString() ?? ""));
        }
        return list;
    }

    /// <summary>ANT v1.1 JawharaFM (10,161 articles, TREC), files in name order.</summary>
    public static List<AntArticle> V11()
    {
        var list = new List<AntArticle>();
        var folder = SharedData("corpus/ant-v1.1-jawharafm");
        foreach (var path in Directory.GetFiles(folder, "*.trec.gz").Order(StringComparer.Ordinal))
        {
            var text = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8).ReadToEnd();
            var at = 0;
            while ((at = text.IndexOf("<DOC>", at, StringComparison.Ordinal)) >= 0)
            {
                var end = text.IndexOf("</DOC>", at, StringComparison.Ordinal);
                if (end < 0)
                    break;
                var doc = text[at..end];
                list.Add(new AntArticle(Field(doc, "DOCNO"), Field(doc, "TITLE"), Field(doc, "TEXT")));
                at = end;
            }
        }
        return list;
    }

    private static string Field(string doc, string tag)
    {
        var open = doc.IndexOf("<" + tag + ">", StringComparison.Ordinal);
        var close = doc.IndexOf("</" + tag + ">", StringComparison.Ordinal);
        return open < 0 || close < open ? "" : doc[(open + tag.Length + 2)..close].Trim();
    }
}

using System.Text;
using Marsad.Sources.Encodings;

namespace Marsad.Sources.Internal;

/// <summary>
/// Decides an input's format from its first bytes and its name. Content wins where it is conclusive (a .txt that is an
/// HTML page, a file without an extension); the name decides only between formats the content cannot tell apart.
/// </summary>
internal static class FormatSniffer
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"];
    private static readonly string[] JsonExtensions = [".jsonl", ".ndjson", ".json", ".jl"];
    private static readonly string[] FeedExtensions = [".rss", ".atom", ".xml"];
    private static readonly string[] TextExtensions = [".txt", ".text"];

    // a corpus folder's own paperwork: never an article, even without an extension
    private static readonly string[] Paperwork = ["LICENSE", "LICENCE", "COPYING", "README", "NOTICE", "AUTHORS", "CHANGELOG", "CITATION"];

    /// <summary>Whether a folder walk should read a file of this name (supported extension, or none at all; not a licence or readme).</summary>
    public static bool IsCandidate(string name)
    {
        var file = Path.GetFileNameWithoutExtension(Path.GetFileName(name));
        if (Paperwork.Any(p => file.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            return false;
        var ext = Path.GetExtension(StripCompression(name));
        if (ext.Length == 0)
            return true;
        return HtmlExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase) || JsonExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase)
            || FeedExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase) || TextExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase)
            || ext.Equals(".trec", StringComparison.OrdinalIgnoreCase) || ext.Equals(".warc", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".zip", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The name without a trailing .gz/.gzip (so "a.jsonl.gz" is judged as "a.jsonl").</summary>
    public static string StripCompression(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3]
        : name.EndsWith(".gzip", StringComparison.OrdinalIgnoreCase) ? name[..^5] : name;

    /// <summary>The format of content starting with <paramref name="head"/> named <paramref name="name"/>, or null for binary data.</summary>
    public static InputFormat? Detect(ReadOnlySpan<byte> head, string name)
    {
        var text = Start(head);
        if (text.StartsWith("WARC/", StringComparison.Ordinal))
            return InputFormat.Warc;
        if (text.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<DOC ", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Trec;
        if (text.StartsWith('{') || (text.StartsWith('[') && text.AsSpan(1).TrimStart().StartsWith("{", StringComparison.Ordinal)))
            return InputFormat.Jsonl;
        if (text.StartsWith('<'))
        {
            var markup = text.Length > 4096 ? text[..4096] : text;
            if (LooksLikeFeed(markup))
                return InputFormat.Rss;
            return InputFormat.Html;
        }
        var ext = Path.GetExtension(StripCompression(name));
        if (HtmlExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase) && text.Contains('<', StringComparison.Ordinal))
            return InputFormat.Html;
        if (LooksBinary(head))
            return null;
        // scraped text sometimes keeps the page's markup: judge by the share of tags in the head
        return ContainsHtmlBlocks(text) ? InputFormat.Html : InputFormat.Text;
    }

    private static bool LooksLikeFeed(string markup) =>
        markup.Contains("<rss", StringComparison.OrdinalIgnoreCase) || markup.Contains("<feed", StringComparison.OrdinalIgnoreCase)
        || markup.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsHtmlBlocks(string text)
    {
        var sample = text.Length > 8192 ? text[..8192] : text;
        var tags = 0;
        foreach (var tag in (string[])["<html", "<body", "<div", "<p>", "<p ", "<br", "<head"])
        {
            if (sample.Contains(tag, StringComparison.OrdinalIgnoreCase))
                tags++;
        }
        return tags >= 2;
    }

    // The head as text, decoded with the detected encoding, without BOM and leading whitespace.
    private static string Start(ReadOnlySpan<byte> head)
    {
        var slice = head.Length > 16384 ? head[..16384] : head;
        var encoding = TextDecoder.Detect(slice, null, out var bom);
        return encoding.GetString(slice[bom..]).TrimStart();
    }

    /// <summary>NUL bytes (outside UTF-16) or many control bytes: not text in any encoding we read.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var slice = head.Length > 8192 ? head[..8192] : head;
        var encoding = TextDecoder.Detect(slice, null, out _);
        if (encoding is UnicodeEncoding)
            return false;
        var control = 0;
        foreach (var b in slice)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
                control++;
        }
        if (control * 50 > slice.Length)
            return true;
        // bytes that are neither UTF-8 nor Arabic Windows-1256 text
        if (encoding.CodePage != 65001)
            return false;
        var (_, invalid) = TextDecoder.Utf8Counts(slice);
        return invalid * 4 > slice.Length;
    }
}

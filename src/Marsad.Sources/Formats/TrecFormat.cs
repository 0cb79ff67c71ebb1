using System.Text;
using Marsad.Extraction;
using Marsad.Sources.Encodings;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <summary>
/// TREC <c>&lt;DOC&gt;</c> files (ANT's JawharaFM part: DOCNO, URL, SRC, CAT, TITLE, TIME, AUTHOR, ABSTRACT, TEXT; the
/// classic HEADLINE/DATE/BODY names too), streamed line by line. The text is not XML: '&amp;' and '&lt;' appear raw.
/// A broken document is reported as file:line and the next one is read.
/// </summary>
internal static class TrecFormat
{
    private static readonly System.Buffers.SearchValues<char> TagChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_0123456789");

    public static IEnumerable<RawDocument> Read(PeekStream stream, string name, ReadContext context)
    {
        var encoding = TextDecoder.Detect(stream.Head, null, out _);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var value = new StringBuilder();
        string? tag = null;
        var inDoc = false;
        var docLine = 0;
        var lineNumber = 0;
        var documents = 0;
        var tooLarge = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if ((lineNumber & 4095) == 0)
                context.CancellationToken.ThrowIfCancellationRequested();
            var trimmed = line.Trim();
            if (trimmed.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<DOC ", StringComparison.OrdinalIgnoreCase))
            {
                if (inDoc && ToDocument(fields, $"{name}:{docLine}", context, unterminated: true) is { } previous)
                    yield return previous;
                inDoc = true;
                docLine = lineNumber;
                fields.Clear();
                tag = null;
                tooLarge = false;
                continue;
            }
            if (!inDoc)
            {
                if (trimmed.Length > 0 && documents == 0 && lineNumber < 50 && !trimmed.StartsWith('<'))
                    throw new InputException($"{name}:{lineNumber}", "not a TREC file: text before the first <DOC>");
                continue;
            }
            if (trimmed.Equals("</DOC>", StringComparison.OrdinalIgnoreCase))
            {
                if (tag is not null)
                    fields[tag] = value.ToString();
                if (tooLarge)
                    context.Report($"{name}:{docLine}", "document too large; skipped");
                else if (ToDocument(fields, $"{name}:{docLine}", context, unterminated: false) is { } document)
                {
                    documents++;
                    yield return document;
                }
                inDoc = false;
                tag = null;
                continue;
            }
            if (tag is null)
            {
                if (!TryOpenTag(trimmed, out var opened, out var rest))
                    continue;
                var close = rest.IndexOf($"</{opened}>", StringComparison.OrdinalIgnoreCase);
                if (close >= 0)
                {
                    fields[opened] = rest[..close];
                    continue;
                }
                tag = opened;
                value.Clear().Append(rest);
                continue;
            }
            var end = line.IndexOf($"</{tag}>", StringComparison.OrdinalIgnoreCase);
            if (value.Length > 0)
                value.Append('\n');
            if (end >= 0)
            {
                fields[tag] = value.Append(line.AsSpan(0, end)).ToString();
                tag = null;
            }
            else if (value.Length + line.Length > context.Options.MaxDocumentBytes)
            {
                tooLarge = true;
            }
            else
            {
                value.Append(line);
            }
        }
        if (inDoc)
        {
            if (tag is not null)
                fields[tag] = value.ToString();
            context.Report($"{name}:{docLine}", "truncated: this <DOC> has no </DOC>; read what it holds");
            if (ToDocument(fields, $"{name}:{docLine}", context, unterminated: false) is { } last)
                yield return last;
        }
        else if (lineNumber == 0)
        {
            throw new InputException(name, "empty file");
        }
    }

    private static bool TryOpenTag(string line, out string tag, out string rest)
    {
        tag = rest = "";
        if (line.Length < 3 || line[0] != '<')
            return false;
        var close = line.IndexOf('>', StringComparison.Ordinal);
        if (close < 2 || line.AsSpan(1, close - 1).ContainsAnyExcept(TagChars))
            return false;
        tag = line[1..close];
        rest = line[(close + 1)..];
        return true;
    }

    private static RawDocument? ToDocument(Dictionary<string, string> fields, string origin, ReadContext context, bool unterminated)
    {
        if (unterminated)
            context.Report(origin, "this <DOC> has no </DOC> before the next <DOC>; read what it holds");
        var text = Field(fields, "TEXT", "BODY");
        // an empty <TEXT> under a real title is a headline-only item (the corpus has some); no title and no text is nothing
        if (text is null && Field(fields, "TITLE", "HEADLINE", "HL") is null)
        {
            context.Report(origin, "document without <TEXT> or <TITLE>; skipped");
            return null;
        }
        return new RawDocument
        {
            Content = text ?? "",
            Id = Field(fields, "DOCNO", "DOCID"),
            Url = Field(fields, "URL"),
            Source = Field(fields, "SRC", "SOURCE"),
            Section = Field(fields, "CAT", "SECTION"),
            Title = Field(fields, "TITLE", "HEADLINE", "HL"),
            Published = Field(fields, "TIME", "DATE", "DATE_TIME"),
            Author = Field(fields, "AUTHOR", "BYLINE"),
            Description = Field(fields, "ABSTRACT", "SUMMARY"),
            Origin = origin,
        };
    }

    private static string? Field(Dictionary<string, string> fields, params string[] names)
    {
        foreach (var n in names)
        {
            if (fields.TryGetValue(n, out var v) && v.Trim() is { Length: > 0 } t)
                return t;
        }
        return null;
    }
}

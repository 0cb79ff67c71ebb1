using System.Text;
using System.Text.Json;
using Marsad.Extraction;
using Marsad.Sources.Encodings;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <summary>
/// JSON Lines (one article object per line; a bad line is reported as file:line and skipped) and top-level JSON
/// arrays of article objects (SaudiNewsNet's daily files), both streamed.
/// </summary>
internal static class JsonFormat
{
    public static IEnumerable<RawDocument> Read(PeekStream stream, string name, ReadContext context)
    {
        var encoding = TextDecoder.Detect(stream.Head, null, out _);
        var first = FirstChar(stream.Head, encoding);
        if (first == '[')
            return ReadArray(stream, encoding, name, context);
        return IsPrettyPrintedObject(stream.Head, encoding) ? ReadObject(stream, encoding, name, context) : ReadLines(stream, encoding, name, context);
    }

    private static IEnumerable<RawDocument> ReadLines(Stream stream, Encoding encoding, string name, ReadContext context)
    {
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if ((lineNumber & 1023) == 0)
                context.CancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var origin = $"{name}:{lineNumber}";
            RawDocument? document = null;
            try
            {
                if (line.Length > context.Options.MaxDocumentBytes)
                    throw new InputException(origin, "line too long for one document");
                using var json = JsonDocument.Parse(line);
                document = JsonRecord.ToDocument(json.RootElement, origin);
            }
            catch (JsonException e)
            {
                context.Report(origin, "malformed JSON: " + Short(e), e);
            }
            catch (InputException e)
            {
                context.OnError(e);
            }
            if (document is not null)
                yield return document;
        }
        if (lineNumber == 0)
            throw new InputException(name, "empty file");
    }

    private static IEnumerable<RawDocument> ReadArray(Stream stream, Encoding encoding, string name, ReadContext context)
    {
        // the streaming deserializer wants UTF-8; older dumps in UTF-16 or Windows-1256 are transcoded on the fly
        using var utf8 = encoding.CodePage == Encoding.UTF8.CodePage ? stream : Encoding.CreateTranscodingStream(stream, encoding, Encoding.UTF8);
        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(utf8, cancellationToken: context.CancellationToken)
            .ToBlockingEnumerable(context.CancellationToken);
        using var e = items.GetEnumerator();
        var index = 0;
        while (true)
        {
            RawDocument? document = null;
            var origin = $"{name}[{index}]";
            try
            {
                if (!e.MoveNext())
                    yield break;
                document = JsonRecord.ToDocument(e.Current, origin);
            }
            catch (JsonException ex)
            {
                // the array cannot be resynchronised after a syntax error: what came before stands
                throw new InputException(origin, "malformed JSON: " + Short(ex) + $"; {index} items were read", ex);
            }
            catch (InputException ex)
            {
                context.OnError(ex);
            }
            index++;
            if (document is not null)
                yield return document;
        }
    }

    // "{" alone on the first line: one indented object (an article, or an API response holding a list of them), not JSON Lines
    private static bool IsPrettyPrintedObject(ReadOnlySpan<byte> head, Encoding encoding)
    {
        var text = encoding.GetString(head.Length > 1024 ? head[..1024] : head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline > 0 && text[..newline].Trim() == "{";
    }

    private static IEnumerable<RawDocument> ReadObject(Stream stream, Encoding encoding, string name, ReadContext context)
    {
        using var json = JsonDocument.Parse(encoding.GetString(StreamBytes.ReadAll(stream, context.Options.MaxDocumentBytes, name)));
        var root = json.RootElement;
        if (JsonRecord.IsArticle(root))
        {
            yield return JsonRecord.ToDocument(root, name);
            yield break;
        }
        // {"status": "ok", "articles": [...]} and the like: the first array of article objects
        foreach (var property in root.ValueKind == JsonValueKind.Object ? root.EnumerateObject() : default)
        {
            if (property.Value.ValueKind != JsonValueKind.Array || !property.Value.EnumerateArray().Any(JsonRecord.IsArticle))
                continue;
            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                RawDocument? document = null;
                try
                {
                    document = JsonRecord.ToDocument(item, $"{name}:{property.Name}[{index++}]");
                }
                catch (InputException e)
                {
                    context.OnError(e);
                }
                if (document is not null)
                    yield return document;
            }
            yield break;
        }
        throw new InputException(name, "a JSON object with neither article text nor a list of articles");
    }

    private static char FirstChar(ReadOnlySpan<byte> head, Encoding encoding)
    {
        var text = encoding.GetString(head.Length > 1024 ? head[..1024] : head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.Length > 0 ? text[0] : '\0';
    }

    private static string Short(JsonException e)
    {
        var message = e.Message;
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }
}

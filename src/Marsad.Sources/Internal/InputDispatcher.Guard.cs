using System.Text.Json;
using System.Xml;
using Marsad.Extraction;

namespace Marsad.Sources.Internal;

/// <content>Turning any failure of one input into a report that names it, so the next input is still read.</content>
internal static partial class InputDispatcher
{
    /// <summary>
    /// Enumerates the documents <paramref name="open"/> yields; an exception while opening or reading is reported
    /// against <paramref name="name"/> and ends this input only. The documents yielded before it stand.
    /// </summary>
    public static IEnumerable<RawDocument> Guard(string name, Func<IEnumerable<RawDocument>> open, ReadContext context)
    {
        IEnumerator<RawDocument>? e = null;
        try
        {
            try
            {
                e = open().GetEnumerator();
            }
            catch (Exception ex) when (IsInputFailure(ex))
            {
                Report(name, ex, context);
                yield break;
            }
            while (true)
            {
                RawDocument current;
                try
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    if (!e.MoveNext())
                        yield break;
                    current = e.Current;
                }
                catch (Exception ex) when (IsInputFailure(ex))
                {
                    Report(name, ex, context);
                    yield break;
                }
                yield return Clean(current);
            }
        }
        finally
        {
            e?.Dispose();
        }
    }

    private static void Report(string name, Exception ex, ReadContext context)
    {
        if (ex is InputException input)
        {
            context.OnError(input);
            return;
        }
        context.Report(name, Describe(ex), ex);
    }

    private static bool IsInputFailure(Exception e) =>
        e is InputException or IOException or InvalidDataException or UnauthorizedAccessException or JsonException or XmlException
            or FormatException or System.Text.DecoderFallbackException or NotSupportedException or ArgumentException or InvalidOperationException
            or OutOfMemoryException or ICSharpCode.SharpZipLib.SharpZipBaseException
        && e is not OperationCanceledException;

    private static string Describe(Exception e) => e switch
    {
        EndOfStreamException => "unexpected end of data (truncated file)",
        InvalidDataException => "corrupt or truncated data: " + e.Message,
        JsonException j => "malformed JSON" + (j.LineNumber is { } l ? $" at line {l + 1}" : "") + ": " + FirstSentence(j.Message),
        XmlException x => $"malformed XML at line {x.LineNumber}, column {x.LinePosition}: " + FirstSentence(x.Message),
        OutOfMemoryException => "too large to read",
        _ => e.Message,
    };

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }

    private static RawDocument Clean(RawDocument d) => d with
    {
        Content = TextCleaner.Clean(d.Content) ?? "",
        Id = TextCleaner.Clean(d.Id),
        Title = TextCleaner.Clean(d.Title),
        Url = TextCleaner.Clean(d.Url),
        Source = TextCleaner.Clean(d.Source),
        Author = TextCleaner.Clean(d.Author),
        // ISO 8601 wherever the container's date can be read (RFC 822 in ANT and feeds, "2015-08-06 01:00:00" in SaudiNewsNet)
        Published = PublishedDate.Normalize(d.Published) ?? TextCleaner.Clean(d.Published),
        Section = TextCleaner.Clean(d.Section),
        Description = TextCleaner.Clean(d.Description),
        Keywords = [.. d.Keywords.Select(k => TextCleaner.Clean(k) ?? "")],
    };
}

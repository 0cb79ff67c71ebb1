using Marsad.Extraction;
using Marsad.Sources.Encodings;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <summary>Plain text as scraped (the SANA sample): the whole file is one document, its lines the paragraphs.</summary>
internal static class PlainTextFormat
{
    public static IEnumerable<RawDocument> Read(Stream stream, string name, ReadContext context)
    {
        using (stream)
        {
            var bytes = StreamBytes.ReadAll(stream, context.Options.MaxDocumentBytes, name);
            // even when --in forces this format: noise decoded as text is no document
            if (bytes.Length > 0 && FormatSniffer.LooksBinary(bytes))
                throw new InputException(name, "binary data, not text");
            var text = TextDecoder.Decode(bytes);
            if (string.IsNullOrWhiteSpace(text))
                throw new InputException(name, bytes.Length == 0 ? "empty file" : "no text in the file (only whitespace)");
            yield return new RawDocument { Content = text, Origin = name };
        }
    }
}

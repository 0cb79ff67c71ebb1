using Marsad.Extraction;
using Marsad.Sources.Encodings;
using Marsad.Sources.Html;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <summary>An HTML page file: decoded by its BOM, its meta charset or its bytes, then main content and metadata extracted.</summary>
internal static class HtmlFormat
{
    public static IEnumerable<RawDocument> Read(Stream stream, string name, ReadContext context)
    {
        using (stream)
        {
            var bytes = StreamBytes.ReadAll(stream, context.Options.MaxDocumentBytes, name);
            if (bytes.Length == 0)
                throw new InputException(name, "empty file");
            // even when --in forces this format: noise decoded as text is no document
            if (bytes.Length > 0 && FormatSniffer.LooksBinary(bytes))
                throw new InputException(name, "binary data, not text");
            var html = TextDecoder.Decode(bytes, CharsetSniffer.FromMarkup(bytes));
            var document = HtmlPage.ToDocument(html, name, null, context.Options.HtmlExtractor);
            if (document.Content.Length == 0)
                throw new InputException(name, "no article text found in the HTML page");
            yield return document;
        }
    }
}

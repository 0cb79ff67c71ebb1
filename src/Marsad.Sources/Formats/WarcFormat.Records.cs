using Marsad.Extraction;
using Marsad.Sources.Encodings;
using Marsad.Sources.Formats.Warc;
using Marsad.Sources.Html;
using Marsad.Sources.Internal;

namespace Marsad.Sources.Formats;

/// <content>From a record's block to a document.</content>
internal static partial class WarcFormat
{
    /// <summary>The document in a wanted record, or null for responses that are not an article page (redirects, errors, non-HTML, home and section pages).</summary>
    private static RawDocument? ToDocument(byte[] block, string type, string? warcContentType, string? targetUri, string origin, ReadContext context)
    {
        byte[] body;
        string? contentType;
        if (string.Equals(type, "response", StringComparison.OrdinalIgnoreCase))
        {
            var payload = HttpPayload.Parse(block, context.Options.MaxDocumentBytes);
            if (payload is null)
            {
                context.Report(origin, "response record without an HTTP response in it");
                return null;
            }
            if (payload.Status is < 200 or >= 300)
                return null;
            body = payload.Body;
            contentType = payload.ContentType;
            if (contentType is null ? !LooksLikeHtml(body) : !IsHtml(contentType))
                return null;
        }
        else
        {
            body = block;
            contentType = warcContentType;
        }
        if (body.Length == 0)
            return null;
        // the HTTP charset outranks the page's meta (the HTML standard's order); a BOM outranks both
        var declared = CharsetSniffer.FromContentType(contentType) ?? CharsetSniffer.FromMarkup(body);
        var html = TextDecoder.Decode(body, declared);
        var url = targetUri?.Trim('<', '>', ' ');
        var (document, isArticle) = HtmlPage.Read(html, origin, string.IsNullOrEmpty(url) ? null : url, context.Options.HtmlExtractor);
        return document.Content.Length == 0 || !isArticle ? null : document;
    }

    private static bool LooksLikeHtml(byte[] body)
    {
        var head = System.Text.Encoding.Latin1.GetString(body.AsSpan(0, Math.Min(body.Length, 1024))).TrimStart();
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase));
    }
}

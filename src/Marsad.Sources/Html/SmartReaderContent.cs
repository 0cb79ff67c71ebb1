using System.Globalization;
using AngleSharp.Html.Parser;

namespace Marsad.Sources.Html;

/// <summary>The main content and metadata as SmartReader (a port of Mozilla's Readability) finds them.</summary>
internal static class SmartReaderContent
{
    public sealed record Result(List<HtmlLine> Lines, string? Title, string? Published, string? Author);

    public static Result Extract(string html, string? url)
    {
        var reader = new SmartReader.Reader(url is not null && Uri.IsWellFormedUriString(url, UriKind.Absolute) ? url : "http://unknown.invalid/", html)
        {
            ContinueIfNotReadable = true,
        };
        SmartReader.Article article;
        try
        {
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // SmartReader is a comparison engine here: its failure on a strange page means "no text", not a crash
            return new Result([], null, null, null);
        }
        var lines = new List<HtmlLine>();
        if (!string.IsNullOrEmpty(article.Content))
        {
            var fragment = new HtmlParser().ParseDocument(article.Content);
            if (fragment.Body is { } body)
                lines = HtmlLines.From(body);
        }
        var published = article.PublicationDate is { } date
            ? date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)
            : null;
        return new Result(lines, HtmlMetadata.Clean(article.Title), published, HtmlMetadata.Clean(article.Author ?? article.Byline));
    }
}

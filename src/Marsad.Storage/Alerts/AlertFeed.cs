using System.Globalization;
using System.Text;
using System.Xml;

namespace Marsad.Storage.Alerts;

/// <summary>
/// An alert's matches as an Atom 1.0 feed (RFC 4287), newest first: one entry per article with its headline, link,
/// publication and match times, outlet, topic, summary and clean text. Characters XML cannot carry (controls, lone
/// surrogates) are dropped, so any stored text makes a well-formed feed.
/// </summary>
public static class AlertFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed XML (UTF-8 declared).</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="matches">Its matches, newest first.</param>
    /// <param name="selfUrl">The feed's own URL when served over HTTP, for the self link.</param>
    public static string Write(Alert alert, IReadOnlyList<AlertMatch> matches, string? selfUrl = null)
    {
        var output = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, CheckCharacters = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, string.Create(CultureInfo.InvariantCulture, $"urn:marsad:alert:{alert.Id}"));
            xml.WriteElementString("title", AtomNamespace, Clean("Marsad · " + alert.Name));
            xml.WriteElementString("subtitle", AtomNamespace, Clean(Describe(alert)));
            xml.WriteElementString("updated", AtomNamespace, Time(matches.Count > 0 ? matches[0].MatchedAt : alert.CreatedAt));
            xml.WriteStartElement("generator", AtomNamespace);
            xml.WriteString("Marsad");
            xml.WriteEndElement();
            if (selfUrl is not null)
                Link(xml, "self", selfUrl, "application/atom+xml");
            foreach (var match in matches)
                Entry(xml, match);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return output.ToString();
    }

    private static void Entry(XmlWriter xml, AlertMatch match)
    {
        var a = match.Article;
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("id", AtomNamespace, "urn:marsad:article:" + Uri.EscapeDataString(a.Id));
        xml.WriteStartElement("title", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", null, a.Language.Length > 0 ? a.Language : "ar");
        xml.WriteString(Clean(a.Headline));
        xml.WriteEndElement();
        xml.WriteElementString("updated", AtomNamespace, Time(match.MatchedAt));
        if (Internal.PublishedDate.TryParse(a.Published, out var published, out _))
            xml.WriteElementString("published", AtomNamespace, Time(published));
        if (a.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out _))
            Link(xml, "alternate", url, "text/html");
        var author = a.Source?.Name ?? a.Source?.Agency;
        if (author is not null)
        {
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, Clean(author));
            xml.WriteEndElement();
        }
        if (a.Topic is { } topic)
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", Clean(topic.Label));
            xml.WriteEndElement();
        }
        var summary = a.Summary ?? a.Paragraphs.FirstOrDefault();
        if (summary is not null)
            xml.WriteElementString("summary", AtomNamespace, Clean(summary));
        xml.WriteStartElement("content", AtomNamespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(a.Text));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", Clean(href));
        xml.WriteEndElement();
    }

    private static string Describe(Alert alert)
    {
        var parts = new List<string>();
        if (alert.Query.Length > 0)
            parts.Add((alert.MatchAll ? "all of: " : "any of: ") + alert.Query);
        var f = alert.Filter;
        if (f.Source is not null)
            parts.Add("source " + f.Source);
        if (f.Agency is not null)
            parts.Add("agency " + f.Agency);
        if (f.Topic is not null)
            parts.Add("topic " + f.Topic);
        if (f.Entity is not null)
            parts.Add("entity " + f.Entity);
        if (f.From is not null || f.To is not null)
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"published {f.From:yyyy-MM-dd}…{f.To:yyyy-MM-dd}"));
        return "New articles matching " + string.Join("; ", parts);
    }

    private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops what XML 1.0 cannot carry: control characters and unpaired surrogates.</summary>
    internal static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : XmlConvert.IsXmlChar(c);
            if (!ok)
                sb ??= new StringBuilder(text, 0, i, text.Length);
            else
                sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}

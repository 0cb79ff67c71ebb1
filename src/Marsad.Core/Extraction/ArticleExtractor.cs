using System.Security.Cryptography;
using System.Text;
using Marsad.Extraction.Internal;

namespace Marsad.Extraction;

/// <summary>
/// Turns a <see cref="RawDocument"/> into the structure of an <see cref="Article"/>: headline (section prefix and
/// continuation marker removed, statements joined by ".." also given in parts), section, dateline (place, agency,
/// written Gregorian and Hijri dates), the agencies credited, body paragraphs with subheadings, and boilerplate set aside
/// in <see cref="Article.Removed"/> with "see also" teasers in <see cref="Article.Related"/>. Every text span is copied
/// from the content exactly, trimmed at its ends (lone surrogates become U+FFFD). Pure: no I/O; never throws on content.
/// </summary>
/// <remarks>
/// The rules follow the extraction gold definitions (shared/data/gold/README.md §1) and were built by reading many
/// SaudiNewsNet, ANT and SANA articles. An optional <see cref="SourceBoilerplateModel"/> adds what recurs per outlet.
/// </remarks>
public sealed partial class ArticleExtractor
{
    private readonly ExtractionLexicon _lexicon;
    private readonly DatelineParser _datelines;

    public ArticleExtractor(SourceBoilerplateModel? boilerplate = null)
    {
        _lexicon = ExtractionLexicon.Default;
        _datelines = new DatelineParser(_lexicon);
        Boilerplate = boilerplate;
    }

    /// <summary>An extractor with the fixed rules only.</summary>
    public static ArticleExtractor Default { get; } = new();

    /// <summary>What this extractor knows recurs per source, if anything.</summary>
    public SourceBoilerplateModel? Boilerplate { get; }

    public Article Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var content = ContentSegmenter.RepairSurrogates(document.Content ?? "");
        var title = document.Title is null ? null : ContentSegmenter.RepairSurrogates(document.Title);
        var source = string.IsNullOrWhiteSpace(document.Source) ? null : document.Source.Trim();
        var published = PublishedDate.Normalize(document.Published);
        var article = new Article
        {
            Id = document.Id ?? ContentId(document.Content ?? ""),
            Url = document.Url,
            Source = new ArticleSource { Name = document.Source },
            Section = document.Section,
            Published = published.Text,
        };
        var segments = ContentSegmenter.Split(content);
        var next = ReadHeadline(title, segments, article);
        var state = new ExtractionState(source, published.Date);
        next = ReadLead(segments, next, state);
        ReadBody(segments, next, state);
        MarkTrailing(state);
        MarkSubheadings(state);
        Fill(article, state);
        if (article.Subheadline is null && !string.IsNullOrWhiteSpace(document.Subheadline))
            article.Subheadline = TextRules.Strip(ContentSegmenter.RepairSurrogates(document.Subheadline));
        return article;
    }

    /// <summary>A stable id for content that came without one: the first 16 hex digits of its SHA-256.</summary>
    public static string ContentId(string content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(ContentSegmenter.RepairSurrogates(content)), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Headline and section from the title; without a title, the first content line is the headline (SANA).</summary>
    private int ReadHeadline(string? title, List<Segment> segments, Article article)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            var (headline, section) = TitleParser.Parse(title, _lexicon);
            article.Headline = headline;
            article.Section = section ?? article.Section;
            article.HeadlineParts = TitleParser.Parts(headline);
            return 0;
        }
        // a byline or dateline on the first line ("المدينة - جدة") is not a headline: the content has none
        if (segments.Count == 0 || TextRules.CountWords(segments[0].Text) > 40 || _datelines.ParseLine(segments[0].Text, null, null) is not null)
            return 0;
        article.Headline = segments[0].Text;
        article.HeadlineParts = TitleParser.Parts(segments[0].Text);
        return 1;
    }

    private void Fill(Article article, ExtractionState state)
    {
        if (state.Dateline is { } d)
        {
            article.Dateline = new Dateline
            {
                Place = d.Place,
                Agency = d.Agency,
                Date = d.Date,
                Hijri = d.Hijri,
                HijriGregorian = d.HijriGregorian,
                Text = d.Text,
            };
        }
        article.Subheadline = state.Subheadline;
        var paragraphs = new List<string>();
        foreach (var item in state.Items)
        {
            if (item.Removed)
            {
                article.Removed.Add(item.Text);
                continue;
            }
            paragraphs.Add(item.Text);
            if (item.Subheading)
                article.Subheadings.Add(item.Text);
        }
        article.SetParagraphs(paragraphs);
        article.Related.AddRange(state.Related.Select(t => new RelatedLink(t)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (state.Dateline?.Agency is { } agency)
        {
            article.Source.Agencies.Add(agency);
            seen.Add(_lexicon.Agencies.TryGetValue(TextRules.Key(agency), out var e) ? e.Key : agency);
        }
        foreach (var p in paragraphs)
            AgencyCredits.Collect(p, _lexicon, article.Source.Agencies, seen);
        // a credit line set aside at the end ("(أ. ف. ب)", "فرانس24/ أ ف ب") still credits its agency
        foreach (var r in article.Removed.Where(r => r.Length <= 40))
            AgencyCredits.Collect(r, _lexicon, article.Source.Agencies, seen);
        article.Source.Agency = article.Source.Agencies.Count > 0 ? article.Source.Agencies[0] : null;
        if (article.Published is null && (state.Dateline?.Date ?? state.Dateline?.HijriGregorian) is { } filed)
            article.Published = filed;
    }
}

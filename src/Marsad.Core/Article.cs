namespace Marsad;

/// <summary>
/// The structured record Marsad makes of one news article (INTERFACES.md, <c>analyze</c>).
/// Extraction fills the structure; each analysis step adds one kind of finding. A field that
/// could not be filled is <see langword="null"/> or empty, never invented.
/// </summary>
public sealed class Article
{
    /// <summary>Stable id: the input's id, else a hash of the content.</summary>
    public string Id { get; set; } = "";

    public string? Url { get; set; }

    public ArticleSource Source { get; set; } = new();

    public string Headline { get; set; } = "";

    public string? Subheadline { get; set; }

    /// <summary>Section or category label given by the source (e.g. "سياسي").</summary>
    public string? Section { get; set; }

    public Dateline Dateline { get; set; } = new();

    /// <summary>"YYYY-MM-DD" or a full ISO-8601 timestamp, when known.</summary>
    public string? Published { get; set; }

    /// <summary>Clean body: <see cref="Paragraphs"/> joined by a blank line.</summary>
    public string Text { get; set; } = "";

    public List<string> Paragraphs { get; set; } = [];

    /// <summary>Headings inside the body; each also stays in <see cref="Paragraphs"/>.</summary>
    public List<string> Subheadings { get; set; } = [];

    /// <summary>Lines dropped as boilerplate, in document order.</summary>
    public List<string> Removed { get; set; } = [];

    public List<RelatedLink> Related { get; set; } = [];

    public List<EntityMention> Entities { get; set; } = [];

    public List<Quotation> Quotes { get; set; } = [];

    public List<NewsEvent> Events { get; set; } = [];

    public TopicLabel? Topic { get; set; }

    public List<string> Keywords { get; set; } = [];

    public string? Summary { get; set; }

    /// <summary>ISO 639-1 code of the article's language.</summary>
    public string Language { get; set; } = "ar";

    /// <summary>Joins paragraphs into <see cref="Text"/> the way INTERFACES.md defines it.</summary>
    public void SetParagraphs(IEnumerable<string> paragraphs)
    {
        Paragraphs = [.. paragraphs];
        Text = string.Join("\n\n", Paragraphs);
    }
}

/// <summary>The outlet that published an article and the news agency it credits.</summary>
public sealed class ArticleSource
{
    public string? Name { get; set; }

    public string? Agency { get; set; }
}

/// <summary>Where and by whom a report was filed: "موسكو-سانا", "بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس".</summary>
public sealed class Dateline
{
    public string? Place { get; set; }

    public string? Agency { get; set; }

    /// <summary>Gregorian date written in the dateline, "YYYY-MM-DD".</summary>
    public string? Date { get; set; }

    /// <summary>Hijri date as written, without the era marker ("25 شوال 1436").</summary>
    public string? Hijri { get; set; }

    /// <summary>The dateline exactly as written.</summary>
    public string? Text { get; set; }
}

/// <summary>A "see also" / "read more" teaser.</summary>
public sealed record RelatedLink(string Title, string? Url = null);

/// <summary>A named-entity mention; offsets are UTF-16 positions in <see cref="Article.Text"/>, end exclusive.</summary>
public sealed record EntityMention(string Text, string Type, int Start, int End, string? Canonical = null, string? Latin = null)
{
    /// <summary>The entity key (<see cref="Analysis.Names.NameKey"/> of <see cref="Canonical"/>): the same for every spelling of one name; what the store indexes.</summary>
    public string? Key { get; init; }

    /// <summary>The title or role written in front of the name (رئيس الوزراء الروسي), without the name; null when there is none.</summary>
    public string? Title { get; init; }
}

/// <summary>A quotation or reported statement with its attribution chain.</summary>
public sealed record Quotation(
    string Text,
    string? Speaker,
    string? SpeakerCanonical,
    string? Cue,
    string? Via,
    bool Direct,
    int Start,
    int End);

/// <summary>A typed event the article reports.</summary>
public sealed record NewsEvent(string Type, IReadOnlyList<string> Actors, string? Place, string? Date, string Sentence);

/// <summary>A topic label from the fixed set of INTERFACES.md and the classifier's confidence.</summary>
public sealed record TopicLabel(string Label, double Score);

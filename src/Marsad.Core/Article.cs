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

    /// <summary>
    /// The statements of a headline that joins two or more with ".." ("ميدفيديف: … الإرهاب.. كي مون: نراهن …"), each on its
    /// own; empty when the headline is one statement. <see cref="Headline"/> always keeps the whole.
    /// </summary>
    public List<string> HeadlineParts { get; set; } = [];

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

    /// <summary>The news agency credited first: the dateline's, else the first credited in the text.</summary>
    public string? Agency { get; set; }

    /// <summary>Every news agency the article credits, as written, the dateline's first ("سانا", "سبوتنيك").</summary>
    public List<string> Agencies { get; set; } = [];
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

    /// <summary>
    /// The Gregorian date of <see cref="Hijri"/> by the Umm al-Qura calendar, "YYYY-MM-DD" — computed, not written, so it is
    /// kept apart from <see cref="Date"/>, which is only ever a date written in the dateline.
    /// </summary>
    public string? HijriGregorian { get; set; }

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
/// <param name="Type">The event type (docs/events.md): meeting, visit, agreement, statement, appeal, threat, protest,
/// sanctions, arrest, attack, casualties, election, aid.</param>
/// <param name="Actors">Who took part, as written (names without titles where the article gives them).</param>
/// <param name="Place">Where it happened, when the sentence says so.</param>
/// <param name="Date">"YYYY-MM-DD" when the sentence states it or a relative word resolves against the article's date.</param>
/// <param name="Sentence">The sentence that reports it.</param>
public sealed record NewsEvent(string Type, IReadOnlyList<string> Actors, string? Place, string? Date, string Sentence)
{
    /// <summary>The word that reports the event, as written (وقعت، اجتماع).</summary>
    public string? Trigger { get; init; }

    /// <summary>The CAMEO event code the trigger maps to ("057" sign formal agreement), or null.</summary>
    public string? Cameo { get; init; }

    /// <summary>For casualties: the number stated next to the trigger, when there is one.</summary>
    public int? Count { get; init; }

    /// <summary>Offsets of the sentence in <see cref="Article.Text"/> (UTF-16, end exclusive).</summary>
    public int Start { get; init; }

    public int End { get; init; }
}

/// <summary>A topic label from the fixed set of INTERFACES.md and the classifier's confidence.</summary>
public sealed record TopicLabel(string Label, double Score);

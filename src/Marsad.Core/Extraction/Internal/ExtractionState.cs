namespace Marsad.Extraction.Internal;

/// <summary>What extraction has found so far in one document.</summary>
internal sealed class ExtractionState(string? source, DateOnly? reference)
{
    public string? Source { get; } = source;

    /// <summary>The publication date, for reading a dateline date written without a year.</summary>
    public DateOnly? Reference { get; } = reference;

    public BylineMatch? Dateline { get; set; }

    public string? Subheadline { get; set; }

    public List<BodyItem> Items { get; } = [];

    public List<string> Related { get; } = [];

    public void Remove(string text, LineKind kind = LineKind.Text)
    {
        var t = TextRules.Strip(text);
        if (t.Length > 0)
            Items.Add(new BodyItem(t, removed: true, kind));
    }

    public void Keep(string text, LineKind kind = LineKind.Text, bool afterBlank = false)
    {
        var t = TextRules.Strip(text);
        if (t.Length > 0)
            Items.Add(new BodyItem(t, removed: false, kind, afterBlank));
    }
}

namespace Marsad.Text;

/// <summary>Receives the terms <see cref="SearchTermAnalyzer"/> produces; implemented by value types so the hot loop inlines.</summary>
internal interface ITermSink
{
    /// <summary>Adds a term; <paramref name="cached"/> is the same text as a shared string when one exists.</summary>
    void Add(ReadOnlySpan<char> term, string? cached, int start, int length);

    /// <summary>True when the sink keeps strings: only then is the shared string of a known stem worth fetching.</summary>
    bool KeepsStrings { get; }
}

/// <summary>Collects terms as strings.</summary>
internal readonly struct StringListSink(List<string> terms) : ITermSink
{
    public void Add(ReadOnlySpan<char> term, string? cached, int start, int length) => terms.Add(cached ?? new string(term));

    public bool KeepsStrings => true;
}

/// <summary>Collects terms with their offsets.</summary>
internal readonly struct SearchTermListSink(List<SearchTerm> terms) : ITermSink
{
    public void Add(ReadOnlySpan<char> term, string? cached, int start, int length) =>
        terms.Add(new SearchTerm(cached ?? new string(term), start, length));

    public bool KeepsStrings => true;
}

/// <summary>Writes terms into a reusable <see cref="TermBuffer"/>.</summary>
internal readonly struct TermBufferSink(TermBuffer buffer) : ITermSink
{
    public void Add(ReadOnlySpan<char> term, string? cached, int start, int length) => buffer.Add(term, start, length);

    public bool KeepsStrings => false;
}

namespace Marsad.Training.Corpora;

/// <summary>One article of a training corpus, as the corpus files give it.</summary>
/// <param name="Id">The corpus id (ANT v2.1 id, ANT v1.1 DOCNO).</param>
/// <param name="Source">The outlet ("skynews", "Jawhara FM").</param>
/// <param name="Section">The corpus category or section ("sport", "localNews").</param>
/// <param name="Sections">Every section the text was filed under (ANT v2.1 <c>section_ambiguous</c>), else just <paramref name="Section"/>.</param>
/// <param name="Title">Headline.</param>
/// <param name="Text">Body text.</param>
/// <param name="Published">Publication time when the corpus gives one that parses.</param>
internal sealed record CorpusDocument(
    string Id,
    string Source,
    string Section,
    IReadOnlyList<string> Sections,
    string Title,
    string Text,
    DateTimeOffset? Published);

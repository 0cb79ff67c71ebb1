namespace Marsad.Extraction.Internal;

/// <summary>A paragraph candidate: its text (exact, trimmed) and whether an empty line came before it in the content.</summary>
internal readonly record struct Segment(string Text, bool AfterBlank);

namespace Marsad.Extraction.Internal;

/// <summary>One slot of a dateline or byline ("موسكو", "سانا", "عين اليوم", "محمد هجرس"), as written and classified.</summary>
internal sealed record BylinePart(string Text, string Key, BylinePartKind Kind, int Words, bool Quoted);

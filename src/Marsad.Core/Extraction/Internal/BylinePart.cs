namespace Marsad.Extraction.Internal;

/// <summary>What one slot of a dateline or byline names.</summary>
internal enum BylinePartKind
{
    Place,
    Agency,
    Outlet,
    Desk,
    Person,
    Unknown,
}

/// <summary>One slot of a dateline or byline ("موسكو", "سانا", "عين اليوم", "محمد هجرس"), as written and classified.</summary>
internal sealed record BylinePart(string Text, string Key, BylinePartKind Kind, int Words, bool Quoted);

/// <summary>A dateline (where/who a report is filed from) or a credit line with no place, found in the text.</summary>
internal sealed record BylineMatch(bool IsDateline, string Text, string? Place, string? Agency, string? Date, string? Hijri, string? HijriGregorian);

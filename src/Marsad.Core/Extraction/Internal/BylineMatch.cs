namespace Marsad.Extraction.Internal;

/// <summary>A dateline (where/who a report is filed from) or a credit line with no place, found in the text.</summary>
internal sealed record BylineMatch(bool IsDateline, string Text, string? Place, string? Agency, string? Date, string? Hijri, string? HijriGregorian);

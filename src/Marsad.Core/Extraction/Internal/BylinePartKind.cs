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

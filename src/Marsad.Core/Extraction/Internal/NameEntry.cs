namespace Marsad.Extraction.Internal;

/// <summary>A lexicon entry: the key of the thing named and whether the spelling is also an ordinary word or place.</summary>
internal readonly record struct NameEntry(string Key, bool Ambiguous);

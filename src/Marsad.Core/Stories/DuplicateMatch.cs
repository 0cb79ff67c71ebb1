namespace Marsad.Stories;

/// <summary>An article found to copy another: the group's original and how much of the text they share.</summary>
/// <param name="ArticleId">The article just added.</param>
/// <param name="MatchedId">The indexed article it shares most text with.</param>
/// <param name="OriginalId">The earliest article of the copy group (by published date, ties to the first seen); may be <paramref name="ArticleId"/> itself.</param>
/// <param name="Containment">Share of the shorter text's shingles found in the other.</param>
/// <param name="Resemblance">Jaccard resemblance of the two shingle sets.</param>
public sealed record DuplicateMatch(string ArticleId, string MatchedId, string OriginalId, double Containment, double Resemblance);

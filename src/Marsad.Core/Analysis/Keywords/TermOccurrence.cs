namespace Marsad.Analysis.Keywords;

/// <summary>One word of an article with its search term and its written form.</summary>
/// <param name="Term">The search term (<see cref="Text.SearchTermAnalyzer"/>).</param>
/// <param name="Surface">The word as written, without harakat or tatweel.</param>
/// <param name="InHeadline">True for headline words.</param>
/// <param name="Run">Words with the same run number stand next to each other with nothing (no punctuation, no stop word) between.</param>
/// <param name="Sentence">Index of the sentence (the headline is sentence -1).</param>
internal readonly record struct TermOccurrence(string Term, string Surface, bool InHeadline, int Run, int Sentence);

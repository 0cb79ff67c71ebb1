namespace Marsad.Extraction;

/// <summary>One persisted count of a <see cref="SourceBoilerplateModel"/>: a line (by hash) of a source and in how many documents it appeared.</summary>
public readonly record struct SourceLineCount(string Source, ulong LineHash, int Count);

namespace Marsad.Training.Topics;

/// <summary>A de-duplicated corpus text with its topic label (null when its sections name no single topic) and split.</summary>
internal sealed record TopicExample(string Id, string Corpus, string Source, string Title, string Text, string? Label, IReadOnlySet<string> Acceptable, string Split, bool Desk);

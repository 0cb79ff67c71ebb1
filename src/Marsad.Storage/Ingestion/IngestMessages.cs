using Marsad.Extraction;

namespace Marsad.Storage.Ingestion;

/// <summary>The one-line reports of <see cref="ArticleIngestor"/>'s callbacks, worded alike wherever they are shown.</summary>
public static class IngestMessages
{
    /// <summary>"ORIGIN: cannot analyze: MESSAGE" for a document that could not be analyzed (nothing stored).</summary>
    public static string CannotAnalyze(RawDocument document, Exception error) => $"{NameOf(document)}: cannot analyze: {error.Message}";

    /// <summary>"ORIGIN: stored, but an analysis step failed: STEPS" for <see cref="IngestOptions.OnStepFailure"/>.</summary>
    public static string StepsFailed(RawDocument document, IReadOnlyList<string> failedSteps) =>
        $"{NameOf(document)}: stored, but an analysis step failed: {string.Join("; ", failedSteps)}";

    private static string NameOf(RawDocument document) => document.Origin ?? document.Id ?? "a document";
}

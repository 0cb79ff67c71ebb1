namespace Marsad.Analysis;

/// <summary>One step of the analysis pipeline: adds one kind of finding to an article. Pure: no I/O.</summary>
public interface IAnalysisStep
{
    /// <summary>A short name for progress and benchmark reports ("entities", "quotes").</summary>
    string Name { get; }

    void Analyze(Article article);
}

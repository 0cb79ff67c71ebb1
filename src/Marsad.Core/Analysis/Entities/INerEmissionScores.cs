namespace Marsad.Analysis.Entities;

/// <summary>
/// A second model's per-token label scores, added to the CRF's emission scores before Viterbi (for example a
/// neural tagger's label log-probabilities times a weight).
/// </summary>
internal interface INerEmissionScores
{
    /// <summary>
    /// Adds the scores of <paramref name="tokens"/> (one sentence or window, as the tagger decodes it) to
    /// <paramref name="emissions"/>: token i's score for label y at <c>i * NerLabels.Count + y</c>.
    /// <paramref name="extractor"/> has just read <paramref name="tokens"/> (<see cref="NerFeatureExtractor.TokenAt"/>).
    /// </summary>
    void AddTo(NerFeatureExtractor extractor, IReadOnlyList<string> tokens, Span<float> emissions);
}

using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>
/// Constant label biases folded into the transition weights, so the runtime needs no extra parameter: adding
/// <c>bias</c> to every transition into a label (and to the start into it) is the same as adding it to that
/// label's score at every token. A penalty on O trades precision for recall; a bias per entity label (B-X, I-X)
/// moves the balance between types and span lengths.
/// </summary>
internal static class OutsideBias
{
    public static void Apply(float[] transitions, float bias) => AddToLabel(transitions, NerLabels.Outside, -bias);

    /// <summary>Adds <paramref name="bias"/> to the score of <paramref name="label"/> at every token.</summary>
    public static void AddToLabel(float[] transitions, int label, float bias)
    {
        const int L = NerLabels.Count;
        for (var row = 0; row <= L; row++)
            transitions[(row * L) + label] += bias;
    }
}

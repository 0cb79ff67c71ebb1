using Marsad.Analysis.Entities;

namespace Marsad.Training.Ner;

/// <summary>
/// A constant penalty on the O label, folded into the transition weights (every transition into O, and the start
/// into O, loses <c>bias</c>), so the runtime needs no extra parameter: it is the same as lowering O's score at
/// every token.
/// </summary>
internal static class OutsideBias
{
    public static void Apply(float[] transitions, float bias)
    {
        const int L = NerLabels.Count;
        for (var row = 0; row <= L; row++)
            transitions[(row * L) + NerLabels.Outside] -= bias;
    }
}

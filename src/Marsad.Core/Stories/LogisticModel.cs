using System.Globalization;

namespace Marsad.Stories;

/// <summary>What the story models share: a logistic regression's probability and its weights as a C# initializer.</summary>
internal static class LogisticModel
{
    /// <summary>σ(<paramref name="bias"/> + Σ <paramref name="weights"/>ᵢ · <paramref name="features"/>ᵢ).</summary>
    public static double Probability(IReadOnlyList<double> weights, double bias, ReadOnlySpan<double> features)
    {
        var z = bias;
        for (var i = 0; i < features.Length; i++)
            z += weights[i] * features[i];
        return 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));
    }

    /// <summary>The weights and bias as the body of a model's <c>Default</c> initializer (what the trainer prints).</summary>
    public static string ToCSharp(IReadOnlyList<double> weights, double bias) => string.Create(CultureInfo.InvariantCulture,
        $"Weights = [{string.Join(", ", weights.Select(w => w.ToString("0.####", CultureInfo.InvariantCulture)))}], Bias = {bias.ToString("0.####", CultureInfo.InvariantCulture)},");
}

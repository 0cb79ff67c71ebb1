using System.Globalization;

namespace Marsad.Training.Ner;

/// <summary>
/// The dev split held out from anercorp-train.txt: the last <c>fraction</c> of its sentences (by default 10%:
/// sentences 3567–3962 of 3963, counted from 0 in file order). Contiguous, so the dev articles are not seen in
/// training, as with ANERcorp's own test split (which is likewise the end of the corpus).
/// </summary>
internal static class NerDevSplit
{
    public static int FirstDevSentence(int sentences, double fraction) =>
        sentences - (int)Math.Round(sentences * fraction, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The sentences held out, <c>[From, To)</c>: with <c>--fold i/k</c> (1-based) the i-th of k contiguous blocks,
    /// sentences (i−1)·N/k … i·N/k − 1, the block <c>ner --cross-validate k</c> holds out as its fold i, so that the
    /// CRF, the networks' export and <c>ner-combine</c> can be run on one cross-validation fold; without it the dev
    /// split (the last <paramref name="fraction"/>). <paramref name="fold"/> is the option's value ("" when absent);
    /// null with a message in <paramref name="error"/> when it is not i/k with 1 ≤ i ≤ k ≤ N.
    /// </summary>
    public static (int From, int To)? HeldOut(string fold, int sentences, double fraction, out string error)
    {
        error = "";
        if (fold.Length == 0)
            return (FirstDevSentence(sentences, fraction), sentences);
        var parts = fold.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || k < 2 || k > sentences || i < 1 || i > k)
        {
            error = $"--fold {fold}: expected i/k, the i-th of k contiguous blocks (2 ≤ k ≤ {sentences}, 1 ≤ i ≤ k)";
            return null;
        }
        return Block(i - 1, k, sentences);
    }

    /// <summary>The <paramref name="index"/>-th (0-based) of <paramref name="k"/> contiguous blocks of <paramref name="sentences"/> sentences, <c>[From, To)</c>.</summary>
    public static (int From, int To) Block(int index, int k, int sentences) => (index * sentences / k, (index + 1) * sentences / k);

    /// <summary>The sentences outside <c>[from, to)</c>, in file order: what is trained on.</summary>
    public static List<T> Outside<T>(List<T> sentences, int from, int to) =>
        sentences.Take(from).Concat(sentences.Skip(to)).ToList();
}

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
}

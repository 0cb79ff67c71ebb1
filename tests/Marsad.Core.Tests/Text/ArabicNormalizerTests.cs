using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Text;

/// <summary>One test per normalization rule, with real words (Lucene.NET's TestArabicNormalizationFilter style).</summary>
public sealed class ArabicNormalizerTests
{
    private static void Check(string input, string expected, NormalizationLevel level = NormalizationLevel.Matching) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input, level));

    [Fact] public void AlefHamzaAbove_BecomesAlef() => Check("أحمد", "احمد");
    [Fact] public void AlefHamzaBelow_BecomesAlef() => Check("إسلام", "اسلام");
    [Fact] public void AlefMadda_BecomesAlef() => Check("آسيان", "اسيان");
    [Fact] public void AlefWasla_BecomesAlef() => Check("ٱلله", "الله");
    [Fact] public void AlefMaksura_BecomesYeh() => Check("مصطفى", "مصطفي");
    [Fact] public void TehMarbuta_BecomesHeh() => Check("وكالة", "وكاله");
    [Fact] public void HamzaCarriers_FoldToBareHamza() => Check("مسؤول مسئول", "مسءول مسءول");
    [Fact] public void BareHamza_IsKept() => Check("سماء", "سماء");
    [Fact] public void Tatweel_IsRemoved() => Check("مـــرصد", "مرصد");
    [Fact] public void Tatweel_IsRemovedForDisplay() => Check("مـــرصد", "مرصد", NormalizationLevel.Display);
    [Fact] public void Harakat_AreRemoved() => Check("مُحَمَّدٌ", "محمد");
    [Fact] public void Harakat_AreKeptForDisplay() => Check("مُحَمَّدٌ", "مُحَمَّدٌ", NormalizationLevel.Display);
    [Fact] public void SuperscriptAlef_IsRemoved() => Check("هٰذا", "هذا");
    [Fact] public void QuranicMarks_AreRemoved() => Check("الرَّحِيمِۖ ذَٰلِكَ", "الرحيم ذلك");
    [Fact] public void ZeroWidthAndBidiControls_AreRemoved() => Check("مر\u200Cصد\u200F \u202Bنص\u202C\uFEFF", "مرصد نص", NormalizationLevel.Display);
    [Fact] public void PresentationForms_BecomeBaseLetters() => Check("\uFEDF\uFEE8\uFEA0\uFEE0", "لنجل", NormalizationLevel.Display);
    [Fact] public void LamAlefLigature_BecomesTwoLetters() => Check("\uFEFB", "لا", NormalizationLevel.Display);
    [Fact] public void PresentationForms_FoldForMatching() => Check("\uFE8D\uFEB3\uFEE0\uFE8E\uFEE1", "اسلام");
    [Fact] public void ArabicIndicDigits_BecomeAscii() => Check("١٠٩٥", "1095");
    [Fact] public void PersianDigits_BecomeAscii() => Check("۲۰۱۵", "2015");
    [Fact] public void PersianLetters_BecomeArabic() => Check("کیف", "كيف");
    [Fact] public void Veh_BecomesFeh() => Check("ڤيسبوك", "فيسبوك");
    [Fact] public void Latin_IsLowerCased() => Check("MBC Masr", "mbc masr");
    [Fact] public void CombiningHamzaAfterWaw_ReadsAsCarrier() => Check("مسو\u0654ول", "مسءول");
    [Fact] public void DisplayLevel_KeepsHamzaAndTehMarbuta() => Check("أسامة", "أسامة", NormalizationLevel.Display);
    [Fact] public void LoneSurrogate_BecomesReplacementForDisplay() => Check("a\uD800b", "a\uFFFDb", NormalizationLevel.Display);
    [Fact] public void YehHamzaAbove_FoldsToBareHamza() => Check("رئيس هيئة", "رءيس هيءه");
    [Fact] public void HamzaSeatSpellings_Meet() => Assert.Equal(ArabicNormalizer.Normalize("شؤون"), ArabicNormalizer.Normalize("شئون"));
    [Fact] public void CombiningHamzaAfterYeh_ReadsAsCarrier() => Check("هي\u0654ة", "هءه");
    [Fact] public void CombiningMaddaAfterAlef_BecomesAlef() => Check("ا\u0653سيان", "اسيان");
    [Fact] public void Hamza_StaysAtDisplay() => Check("مسؤول", "مسؤول", NormalizationLevel.Display);
    [Fact] public void AlefMaksura_StaysAtDisplay() => Check("على", "على", NormalizationLevel.Display);
    [Fact] public void ArabicIndicDigits_StayAtDisplay() => Check("١٠٩٥", "١٠٩٥", NormalizationLevel.Display);
    [Fact] public void Harakat_TanweenAndSukun_AreRemoved() => Check("شُكْرًا", "شكرا");
    [Fact] public void ZeroWidthNonJoiner_IsRemovedForMatching() => Check("می\u200Cخواهم", "ميخواهم");
    [Fact] public void ArabicLetterMark_IsRemoved() => Check("\u061Cسانا", "سانا", NormalizationLevel.Display);
    [Fact] public void SoftHyphen_IsRemoved() => Check("مر\u00ADصد", "مرصد");
    [Fact] public void BidiIsolates_AreRemoved() => Check("\u2067دمشق\u2069", "دمشق", NormalizationLevel.Display);
    [Fact] public void ByteOrderMark_IsRemoved() => Check("\uFEFFسانا", "سانا");
    [Fact] public void HehGoalAndAeHeh_BecomeHeh() => Check("ہ ە", "ه ه");
    [Fact] public void PehAndTcheh_BecomeBehAndJeem() => Check("پاکستان چین", "باكستان جين");
    [Fact] public void PresentationLamAlefWithHamza_FoldsForMatching() => Check("\uFEF7", "لا");
    [Fact] public void FullWidthLatin_BecomesAscii() => Check("ＢＢＣ", "bbc");
    [Fact] public void LoneSurrogate_BecomesReplacementForMatching() => Check("a\uDC00b", "a\uFFFDb");
    [Fact] public void SurrogatePair_IsKept() => Check("نص 😀", "نص 😀");
    [Fact] public void Empty_StaysEmpty() => Check("", "");
}

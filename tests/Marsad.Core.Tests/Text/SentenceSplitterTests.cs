using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Text;

/// <summary>Sentence boundaries in Arabic news text, each as a span of the original.</summary>
public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "period and Arabic question mark", "وصل الوفد إلى موسكو. هل ستنجح المحادثات؟ لا أحد يعرف.", ["وصل الوفد إلى موسكو.", "هل ستنجح المحادثات؟", "لا أحد يعرف."] },
        { "Arabic comma and semicolon do not end a sentence", "قال الوزير، في مؤتمر صحفي؛ إن الاتفاق صامد.", ["قال الوزير، في مؤتمر صحفي؛ إن الاتفاق صامد."] },
        { "closing guillemet stays with its sentence", "وأضاف: «لن نتراجع.» ثم غادر القاعة.", ["وأضاف: «لن نتراجع.»", "ثم غادر القاعة."] },
        { "closing curly quote stays with its sentence", "وقال “الوضع مستقر!” وانصرف.", ["وقال “الوضع مستقر!”", "وانصرف."] },
        { "SANA headline joiner", "ميدفيديف: روسيا مستعدة للتعاون مع آسيان..العلاقات تتطور بسرعة", ["ميدفيديف: روسيا مستعدة للتعاون مع آسيان..العلاقات تتطور بسرعة"] },
        { "ellipsis of three dots ends", "انتظر الجميع... ثم جاء الخبر.", ["انتظر الجميع...", "ثم جاء الخبر."] },
        { "decimal number", "بلغ النمو 3.5 بالمئة هذا العام.", ["بلغ النمو 3.5 بالمئة هذا العام."] },
        { "single-letter abbreviation", "قال د. أحمد زويل إن العلم يتقدم.", ["قال د. أحمد زويل إن العلم يتقدم."] },
        { "line breaks end sentences", "العنوان الأول\nالنص يبدأ هنا", ["العنوان الأول", "النص يبدأ هنا"] },
        { "empty", "", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split(string name, string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text);
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(expected, sentences.Select(s => s.Text(text)).ToArray());
    }
}

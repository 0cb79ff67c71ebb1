using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

public sealed class WorkTitlesTests
{
    // labels: O 0, B-PER 1, B-ORG 5, B-MISC 7, I-MISC 8
    [Theory]
    [InlineData("وصدرت رواية « أولاد حارتنا » عام 1959", "0 0 0 7 8 0 0 0")]
    [InlineData("تقدم برنامجا تليفزيونيا بعنوان « حوار من القلب » على", "0 0 0 0 0 7 8 8 0 0")]
    [InlineData("بطولة مسلسل \" اللقيطة \" الجديد", "0 0 0 7 0 0")]
    [InlineData("أغنية « لا » ثم أغنية « نعم »", "0 0 7 0 0 0 0 7 0")]
    public void QuotedTitle_AfterTheWordForTheWork_IsMisc(string sentence, string expected)
    {
        var words = sentence.Split(' ');
        var labels = new int[words.Length];
        WorkTitles.Tag(words, labels);
        Assert.Equal(expected, string.Join(' ', labels));
    }

    [Theory]
    [InlineData("وقال « نحن مستعدون للحوار » في بيان", "0 0 0 0 0 0 0 0 0")] // a quotation, no word for a work
    [InlineData("قال الكتاب « إن الحرب بدأت في ذلك العام قبل الفجر »", "0 0 0 0 0 0 0 0 0 0 0 0 0")] // eight words: a sentence, not a title
    [InlineData("برنامج « إير مايلز » للشركة", "0 0 5 6 0 0")] // already a name: kept as the model read it
    [InlineData("شاهد فيلم « 2012 » أمس", "0 0 0 0 0 0")] // no letter
    [InlineData("فيلم « حلم", "0 0 0")] // no closing mark
    public void OtherQuotedText_IsLeftAsTagged(string sentence, string tagged)
    {
        var words = sentence.Split(' ');
        var labels = tagged.Split(' ').Select(int.Parse).ToArray();
        WorkTitles.Tag(words, labels);
        Assert.Equal(tagged, string.Join(' ', labels));
    }
}

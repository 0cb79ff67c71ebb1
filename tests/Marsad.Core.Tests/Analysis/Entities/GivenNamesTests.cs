using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

public sealed class GivenNamesTests
{
    // labels: O 0, B-PER 1, I-PER 2, B-LOC 3
    [Theory]
    [InlineData("وسجل حسين الشحات الهدف الثاني", "0 1 2 0 0", "0 0 1 0 0")]
    [InlineData("سجل قناص الأهداف هاري كاين هدفا", "0 0 0 1 2 0", "0 0 0 0 1 0")]
    [InlineData("وقال صلاح الدين ديمرتاش إن", "0 1 2 2 0", "0 0 0 1 0")]
    [InlineData("أعلن عبد الملك الحوثي أن", "0 1 2 2 0", "0 0 0 1 0")]
    [InlineData("لا يزال حسين الشحات يصول", "0 0 1 2 0", "0 0 1 1 0")] // tagged as two names
    [InlineData("وقال صلاح الدين ديمرتاش إن", "0 1 2 2 0", "0 1 2 1 0")]
    public void GivenName_BeforeTheFamilyName_IsTakenIn(string sentence, string expected, string tagged)
    {
        var words = sentence.Split(' ');
        var labels = tagged.Split(' ').Select(int.Parse).ToArray();
        GivenNames.Extend(words, labels);
        Assert.Equal(expected, string.Join(' ', labels));
    }

    [Theory]
    [InlineData("أظهرها نيمار وغابريال جيسوس", "0 0 1 2")] // a list: the next name after و
    [InlineData("وقال الرئيس ترامب إن", "0 0 1 0")] // a title is not a given name
    [InlineData("التقى محمد بوتين", "0 0 3")] // only a person's name is extended
    [InlineData("قال سمير محمد الأحمد", "0 1 2 2")] // already whole
    [InlineData("التقى أحمد فيصل", "0 1 2")] // already whole
    [InlineData("قال بوتين ترامب", "0 1 1")] // two names that are not given names
    public void OtherWordsBeforeAName_StayOutside(string sentence, string tagged)
    {
        var words = sentence.Split(' ');
        var labels = tagged.Split(' ').Select(int.Parse).ToArray();
        GivenNames.Extend(words, labels);
        Assert.Equal(tagged, string.Join(' ', labels));
    }
}

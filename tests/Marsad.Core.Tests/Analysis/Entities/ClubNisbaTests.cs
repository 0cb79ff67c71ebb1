using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>
/// A place followed by a masculine nationality adjective is a club (ليون الفرنسي); the feminine adjective keeps the
/// city (ليون الفرنسية), and so do adjectives that are not nationalities, place head nouns before the name and
/// masculine regions named with the article (الجولان السوري).
/// </summary>
public sealed class ClubNisbaTests
{
    private static string[] Retype(string sentence, params string[] tags) =>
        AfterDecoding.Apply(sentence, tags, static (extractor, labels) => extractor.RetypeClubsBeforeNisbas(labels));

    [Fact]
    public void CityBeforeMasculineNationality_IsAClub()
    {
        Assert.Equal(["O", "B-ORG", "O", "O"], Retype("حقق ليون الفرنسي فوزه", "O", "B-LOC", "O", "O"));
        Assert.Equal(["O", "B-ORG", "O"], Retype("على هامبورغ الألماني", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-ORG", "O"], Retype("ضيفه إشبيلية الإسباني", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-ORG", "O"], Retype("أمام قطر القطري", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-ORG", "O"], Retype("لاعب أيندهوفن الهولندي", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-ORG", "O", "B-ORG", "O"], Retype("على ميلان الإيطالي وبورتو البرتغالي", "O", "B-LOC", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], Retype("فاز مانشستر سيتي الإنجليزي", "O", "B-LOC", "I-LOC", "O"));
    }

    [Fact]
    public void FeminineAdjectives_OtherAdjectives_AndPlaceHeads_KeepThePlace()
    {
        Assert.Equal(["O", "B-LOC", "O"], Retype("إلى ليون الفرنسية", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-LOC", "O"], Retype("سوق دبي المالي", "O", "B-LOC", "O"));
        Assert.Equal(["B-LOC", "O", "O"], Retype("طهران النووي ملف", "B-LOC", "O", "O"));
        Assert.Equal(["O", "B-LOC", "O"], Retype("مطار عمان الأردني", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-LOC", "O", "B-LOC", "O"], Retype("مطاري عمان الأردني ودمشق السوري", "O", "B-LOC", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-LOC", "O"], Retype("بمنتجع سوتشي الروسي", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-LOC", "O"], Retype("قطاع غزة الفلسطيني", "O", "B-LOC", "O"));
        Assert.Equal(["B-LOC", "O"], Retype("المغرب العربي", "B-LOC", "O"));
        Assert.Equal(["O", "B-LOC", "O"], Retype("في لبنان الجنوبي", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-LOC", "O", "O"], Retype("في الجولان السوري المحتل", "O", "B-LOC", "O", "O"));
        Assert.Equal(["O", "B-LOC", "O"], Retype("في الريف المغربي", "O", "B-LOC", "O"));
        Assert.Equal(["O", "B-PER", "O"], Retype("الحارس كاسياس الإسباني", "O", "B-PER", "O"));
    }
}

using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>
/// The two sports rules after decoding: a stadium's name read as a person or a club is MISC (ملعب ثاني بن جاسم), and
/// in a list of clubs with their countries in parentheses every entry is one organisation (هامبورغ ( ألمانيا )).
/// </summary>
public sealed class SportsNamesTests
{
    private static string[] Stadiums(string sentence, params string[] tags) =>
        AfterDecoding.Apply(sentence, tags, static (extractor, tokens, labels) => extractor.RetypeStadiums(tokens, labels));

    private static string[] ClubLists(string sentence, params string[] tags) =>
        AfterDecoding.Apply(sentence, tags, static (extractor, tokens, labels) => extractor.RetypeClubLists(tokens, labels));

    [Fact]
    public void PersonOrClubAfterTheWordForAStadium_IsTheGround()
    {
        Assert.Equal(["O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O"],
            Stadiums("المباراة على ملعب ثاني بن جاسم مساء", "O", "O", "O", "B-PER", "I-PER", "I-PER", "O"));
        Assert.Equal(["O", "B-MISC", "I-MISC", "O"], Stadiums("بملعب سانتياغو برنابيو الخاص", "O", "B-ORG", "I-ORG", "O"));
        Assert.Equal(["O", "O", "O", "B-MISC", "I-MISC", "O", "O", "B-LOC"],
            Stadiums("على استاد \" سلتيك بارك \" في غلاسكو", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-LOC"));
    }

    [Fact]
    public void PlacesAfterTheWordForAStadium_AndNamesElsewhere_AreKept()
    {
        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "O"], Stadiums("على استاد القاهرة الدولي أمس", "O", "O", "B-LOC", "I-LOC", "O"));
        Assert.Equal(["O", "B-ORG", "O", "B-ORG"], Stadiums("لاعب ريال في برشلونة", "O", "B-ORG", "O", "B-ORG"));
        // a club the lists know, or one named with its head noun, owns the ground
        Assert.Equal(["O", "O", "B-ORG", "O"], Stadiums("هدف على ملعب أرسنال", "O", "O", "B-ORG", "O"));
        Assert.Equal(["O", "O", "O", "B-ORG", "I-ORG", "O"], Stadiums("صورة في ملعب اتحاد جدة الرائع", "O", "O", "O", "B-ORG", "I-ORG", "O"));
        // the article: the stadium already named, what follows is not its name
        Assert.Equal(["O", "B-PER", "O"], Stadiums("الملعب رونالدو أمس", "O", "B-PER", "O"));
    }

    [Fact]
    public void EntriesOfAListOfClubsWithTheirCountries_AreOrganisations()
    {
        Assert.Equal(
            ["O", "O", "O", "B-ORG", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "B-ORG", "O", "B-LOC", "O"],
            ClubLists("المجموعة الأولى : هامبورغ ( ألمانيا ) - ستيوا بوخارست ( رومانيا ) - ليل ( فرنسا )",
                "O", "O", "O", "B-LOC", "O", "B-LOC", "O", "O", "B-ORG", "B-LOC", "O", "B-LOC", "O", "O", "O", "O", "B-LOC", "O"));
    }

    [Fact]
    public void ASinglePlaceWithItsCountry_OrPlacesInRunningText_AreKept()
    {
        // one entry only: a city and its country, not a list
        Assert.Equal(["O", "O", "O", "B-LOC", "O", "B-LOC", "O"],
            ClubLists("عقد المؤتمر في برشلونة ( إسبانيا )", "O", "O", "O", "B-LOC", "O", "B-LOC", "O"));
        // two groups, but the places follow a preposition, not a list separator
        Assert.Equal(["O", "B-LOC", "O", "B-LOC", "O", "O", "O", "B-LOC", "O", "B-LOC", "O"],
            ClubLists("في برشلونة ( إسبانيا ) و في روما ( إيطاليا )",
                "O", "B-LOC", "O", "B-LOC", "O", "O", "O", "B-LOC", "O", "B-LOC", "O"));
    }
}

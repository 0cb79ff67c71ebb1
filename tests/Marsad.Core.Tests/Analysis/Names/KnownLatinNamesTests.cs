using Marsad.Analysis.Names;
using Xunit;

namespace Marsad.Tests.Analysis.Names;

/// <summary>Places and organizations take their English names; people keep the learned transliteration.</summary>
public sealed class KnownLatinNamesTests
{
    [Theory]
    [InlineData("كوالالمبور", "LOC", "Kuala Lumpur")]
    [InlineData("كوريا الجنوبية", "LOC", "South Korea")]
    [InlineData("الولايات المتحدة", "LOC", "United States")]
    [InlineData("آسيا", "LOC", "Asia")]
    [InlineData("الأمم المتحدة", "ORG", "United Nations")]
    [InlineData("الامم المتحده", "ORG", "United Nations")] // hamza and ta-marbuta as users type them
    [InlineData("حزب الله", "ORG", "Hezbollah")]
    public void WellKnownNames_TakeTheirEnglishName(string name, string type, string english)
    {
        Assert.True(KnownLatinNames.Default.TryGet(name, type, out var found));
        Assert.Equal(english, found);
    }

    [Theory]
    [InlineData("القاهرة", "PER")] // a person is never renamed after a town
    [InlineData("ماليزيا", "ORG")]
    [InlineData("ديمتري ميدفيديف", "PER")]
    [InlineData("", "LOC")]
    public void OtherNamesOrTypes_AreNotLookedUp(string name, string type) =>
        Assert.False(KnownLatinNames.Default.TryGet(name, type, out _));

    [Fact]
    public void Resolver_UsesTheEnglishNameForPlacesAndTheModelForPeople()
    {
        const string text = "التقى ميدفيديف في كوالالمبور الأمين العام للأمم المتحدة";
        var resolved = new EntityResolver().Resolve(text,
        [
            new EntityMention("ميدفيديف", "PER", 6, 14),
            new EntityMention("كوالالمبور", "LOC", 18, 28),
            new EntityMention("للأمم المتحدة", "ORG", 42, 55),
        ]);
        Assert.Equal("Kuala Lumpur", resolved[1].Latin);
        Assert.Equal("United Nations", resolved[2].Latin);
        Assert.NotNull(resolved[0].Latin);
        Assert.StartsWith("M", resolved[0].Latin, StringComparison.Ordinal);
    }
}

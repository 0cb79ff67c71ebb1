using Marsad.Analysis.Names;
using Marsad.Testing;
using Xunit;

namespace Marsad.Tests.Analysis.Names;

/// <summary>Within-article resolution on the SANA sample, with the mentions an entity tagger would give.</summary>
public sealed class EntityResolverTests
{
    private static (string Text, List<EntityMention> Resolved) ResolveSana()
    {
        var text = File.ReadAllText(SharedData.Require("samples/sana-2015-medvedev-asean.txt"));
        var mentions = new List<EntityMention>();
        void Find(string name, string type)
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                if (!mentions.Any(m => m.Start <= i && i < m.End))
                    mentions.Add(new EntityMention(name, type, i, i + name.Length));
            }
        }
        foreach (var (name, type) in new[]
        {
            ("ديمتري ميدفيديف", "PER"), ("دميتري ميدفيديف", "PER"), ("ميدفيديف", "PER"), ("بان كي مون", "PER"), ("كي مون", "PER"),
            ("نجيب عبد الرزاق", "PER"), ("عبد الرزاق", "PER"), ("لروسيا", "LOC"), ("روسيا", "LOC"), ("ماليزيا", "LOC"),
            ("الأمم المتحدة", "ORG"), ("للأمم المتحدة", "ORG"),
        })
        {
            Find(name, type);
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (text, new EntityResolver().Resolve(text, mentions));
    }

    [Fact]
    public void Medvedev_AllSpellingsAndTheSurname_AreOneEntity()
    {
        var (_, resolved) = ResolveSana();
        var medvedev = resolved.Where(m => m.Text.Contains("ميدفيديف", StringComparison.Ordinal)).ToList();
        Assert.Contains(medvedev, m => m.Text == "ميدفيديف");
        Assert.Contains(medvedev, m => m.Text == "دميتري ميدفيديف");
        Assert.Contains(medvedev, m => m.Text == "ديمتري ميدفيديف");
        Assert.Single(medvedev.Select(m => m.Key).Distinct());
        Assert.Single(medvedev.Select(m => m.Canonical).Distinct());
        Assert.Contains(medvedev[0].Canonical, new[] { "ديمتري ميدفيديف", "دميتري ميدفيديف" });
        Assert.False(string.IsNullOrEmpty(medvedev[0].Latin));
    }

    [Fact]
    public void KnownPlaces_TakeTheirEnglishName_PeopleAreTransliterated()
    {
        var (_, resolved) = ResolveSana();
        Assert.All(resolved.Where(m => m.Canonical == "روسيا"), m => Assert.Equal("Russia", m.Latin));
        Assert.All(resolved.Where(m => m.Canonical == "ماليزيا"), m => Assert.Equal("Malaysia", m.Latin));
        Assert.Contains(resolved, m => m.Canonical == "روسيا");

        const string text = "زار الرئيس كوالالمبور ثم الولايات المتحدة واستراليا.";
        var mentions = new List<EntityMention>();
        foreach (var name in new[] { "كوالالمبور", "الولايات المتحدة", "استراليا" })
            mentions.Add(new EntityMention(name, "LOC", text.IndexOf(name, StringComparison.Ordinal), text.IndexOf(name, StringComparison.Ordinal) + name.Length));
        var places = new EntityResolver().Resolve(text, mentions);
        Assert.Equal(["Kuala Lumpur", "United States", "Australia"], places.Select(m => m.Latin));

        // a person who shares a city's name is still rendered letter by letter
        var person = new EntityResolver().Resolve("قال عمان", [new EntityMention("عمان", "PER", 4, 8)]);
        Assert.NotEqual("Oman", person[0].Latin);
    }

    [Fact]
    public void BanKiMoon_AndKiMoon_AreOneEntity()
    {
        var (_, resolved) = ResolveSana();
        var ban = resolved.Where(m => m.Text is "بان كي مون" or "كي مون").ToList();
        Assert.Contains(ban, m => m.Text == "كي مون");
        Assert.Contains(ban, m => m.Text == "بان كي مون");
        Assert.All(ban, m => Assert.Equal("بان كي مون", m.Canonical));
        Assert.Single(ban.Select(m => m.Key).Distinct());
    }

    [Fact]
    public void Surname_LinksToFullName()
    {
        var (_, resolved) = ResolveSana();
        Assert.All(resolved.Where(m => m.Text == "عبد الرزاق"), m => Assert.Equal("نجيب عبد الرزاق", m.Canonical));
    }

    [Fact]
    public void Title_IsSeparatedFromTheName()
    {
        var (_, resolved) = ResolveSana();
        var first = resolved.First(m => m.Text == "ديمتري ميدفيديف");
        Assert.Equal("رئيس الوزراء الروسي", first.Title);
        Assert.Equal("رئيس الوزراء الماليزي", resolved.First(m => m.Text == "نجيب عبد الرزاق").Title);
        Assert.Equal("الأمين العام للأمم المتحدة", resolved.First(m => m.Text == "بان كي مون").Title);
    }

    [Fact]
    public void Clitic_IsRemoved_AndOffsetsFollow()
    {
        var (text, resolved) = ResolveSana();
        var russia = resolved.Where(m => m.Type == "LOC" && m.Canonical == "روسيا").ToList();
        Assert.True(russia.Count >= 5);
        Assert.DoesNotContain(russia, m => m.Text == "لروسيا");
        Assert.All(resolved, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.All(resolved.Where(m => m.Type == "ORG"), m => Assert.Equal("الأمم المتحدة", m.Canonical));
        Assert.All(resolved.Where(m => m.Type == "ORG"), m => Assert.Null(m.Title));
    }

    [Fact]
    public void TitleInsideTheMention_IsSeparated()
    {
        const string text = "وقال الرئيس السوري بشار الأسد إن الحل سياسي.";
        var start = text.IndexOf("الرئيس", StringComparison.Ordinal);
        var resolved = new EntityResolver().Resolve(text, [new EntityMention("الرئيس السوري بشار الأسد", "PER", start, start + "الرئيس السوري بشار الأسد".Length)]);
        Assert.Equal("بشار الأسد", resolved[0].Text);
        Assert.Equal("الرئيس السوري", resolved[0].Title);
        Assert.Equal("بشار الأسد", text[resolved[0].Start..resolved[0].End]);
    }

    [Fact]
    public void DifferentPeople_SharingASurname_StayApart()
    {
        const string text = "استقبل الرئيس إيمانويل ماكرون وزوجته بريجيت ماكرون الضيوف، ثم تحدث ماكرون.";
        var mentions = new List<EntityMention>();
        foreach (var name in new[] { "إيمانويل ماكرون", "بريجيت ماكرون" })
        {
            var i = text.IndexOf(name, StringComparison.Ordinal);
            mentions.Add(new EntityMention(name, "PER", i, i + name.Length));
        }
        var last = text.LastIndexOf("ماكرون", StringComparison.Ordinal);
        mentions.Add(new EntityMention("ماكرون", "PER", last, last + 6));
        var resolved = new EntityResolver().Resolve(text, mentions);
        Assert.NotEqual(resolved[0].Key, resolved[1].Key);
        Assert.Equal("بريجيت ماكرون", resolved[2].Canonical); // the nearest full name before it
    }

    [Fact]
    public void ListedAlias_AndItsLongName_AreOneEntity()
    {
        const string text = "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم، وقال مصدر أمني إن داعش استهدف حاجزاً، بينما نفت قسد ذلك.";
        var mentions = new List<EntityMention>();
        foreach (var name in new[] { "تنظيم الدولة الإسلامية", "داعش", "قسد" })
        {
            var i = text.IndexOf(name, StringComparison.Ordinal);
            mentions.Add(new EntityMention(name, "ORG", i, i + name.Length));
        }
        var resolved = new EntityResolver().Resolve(text, mentions);
        Assert.Equal(resolved[0].Key, resolved[1].Key);
        Assert.NotEqual(resolved[0].Key, resolved[2].Key);
        Assert.Equal(2, EntityResolver.Summarize(resolved).Count);
    }

    [Fact]
    public void Summarize_GivesOneEntityPerKey_WithItsSpellings()
    {
        var (_, resolved) = ResolveSana();
        var entities = EntityResolver.Summarize(resolved);
        var medvedev = Assert.Single(entities, e => e.Canonical.Contains("ميدفيديف", StringComparison.Ordinal));
        Assert.Equal(3, medvedev.Variants.Count);
        Assert.Equal("LOC", entities[0].Type); // روسيا is the most mentioned
    }
}

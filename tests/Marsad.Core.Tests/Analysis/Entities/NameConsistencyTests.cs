using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>Names found in one sentence are tagged where they recur untagged; a full person name lends its family name.</summary>
public sealed class NameConsistencyTests
{
    private static string[] Apply(string[][] sentences, string[][] tags, int target)
    {
        var raw = tags.Select(t => Array.ConvertAll(t, NerLabels.Parse)).ToList();
        var labels = NameConsistency.Apply(sentences, raw, target, 0, sentences.Length);
        return Array.ConvertAll(labels, l => NerLabels.Names[l]);
    }

    [Fact]
    public void FullPersonName_TagsTheFamilyNameAlone()
    {
        string[][] sentences = [["وصف", "الرئيس", "الروسي", "فلاديمير", "بوتن", "الجاسوس"], ["وكرر", "بوتن", "تصريحات", "روسيا"]];
        string[][] tags = [["O", "O", "O", "B-PER", "I-PER", "O"], ["O", "O", "O", "B-LOC"]];
        Assert.Equal(["O", "B-PER", "O", "B-LOC"], Apply(sentences, tags, 1));
        // the full name itself is untouched
        Assert.Equal(tags[0], Apply(sentences, tags, 0));
    }

    [Fact]
    public void ShortFamilyName_OrOtherTypes_AreNotLent()
    {
        // ذهب (gold, went) and حسن (good) are words as well as names: three letters are not enough to lend
        string[][] people = [["منزل", "علي", "عوض", "ذهب"], ["ذهب", "إلى", "السوق"]];
        Assert.Equal(["O", "O", "O"], Apply(people, [["O", "B-PER", "I-PER", "I-PER"], ["O", "O", "O"]], 1));
        // nor the second word of a compound family name: الشيخ of آل الشيخ is the title before the name
        string[][] mufti = [["قال", "الشيخ", "عبد", "العزيز", "آل", "الشيخ"], ["وأضاف", "الشيخ", "أن"]];
        Assert.Equal(["O", "O", "O"], Apply(mufti, [["O", "O", "B-PER", "I-PER", "I-PER", "I-PER"], ["O", "O", "O"]], 1));
        // only persons lend their last word: مدريد of ريال مدريد stays as the tagger left it
        string[][] clubs = [["فاز", "ريال", "مدريد"], ["في", "مدريد"]];
        Assert.Equal(["O", "O"], Apply(clubs, [["O", "B-ORG", "I-ORG"], ["O", "O"]], 1));
    }
}

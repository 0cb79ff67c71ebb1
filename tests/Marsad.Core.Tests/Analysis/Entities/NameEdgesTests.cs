using Marsad.Analysis.Entities;
using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>Function words come off the edges of tagged names; name parts, acronym letters and MISC titles stay.</summary>
public sealed class NameEdgesTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static string[] Trim(string sentence, params string[] tags)
    {
        var words = sentence.Split(' ');
        Assert.Equal(words.Length, tags.Length);
        var labels = Array.ConvertAll(tags, NerLabels.Parse);
        NameEdges.Trim(words, labels);
        return Array.ConvertAll(labels, l => NerLabels.Names[l]);
    }

    [Fact]
    public void TrailingPrepositionAndVerb_LeaveTheName()
    {
        Assert.Equal(["O", "B-PER", "O", "O"], Trim("وقال ميتشل أمام جلسة", "O", "B-PER", "I-PER", "O"));
        Assert.Equal(["O", "B-PER", "O", "O"], Trim("لكن ميتشل أشاد أيضا", "O", "B-PER", "I-PER", "I-PER"));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "O"], Trim("مصرف دويتشه بنك أيضاً", "B-ORG", "I-ORG", "I-ORG", "I-ORG"));
        // a title starts the apposition after the name
        Assert.Equal(["B-PER", "I-PER", "I-PER", "I-PER", "O"], Trim("عبد العزيز آل الشيخ مفتي", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
    }

    [Fact]
    public void PersonEndingOnAConnector_TakesInTheNextWord()
    {
        Assert.Equal(["O", "B-PER", "I-PER", "I-PER", "I-PER", "O"], Trim("خلافة علي بن أبي طالب في", "O", "B-PER", "I-PER", "I-PER", "O", "O"));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O"], Trim("حمد بن عيسى آل خليفة ملك", "B-PER", "I-PER", "I-PER", "I-PER", "O", "O"));
        // the next word is already a name, punctuation, or a function word: the name stays as tagged
        Assert.Equal(["B-PER", "I-PER", "B-LOC"], Trim("الحسين بن العراق", "B-PER", "I-PER", "B-LOC"));
        Assert.Equal(["B-PER", "I-PER", "O"], Trim("الحسين بن .", "B-PER", "I-PER", "O"));
        Assert.Equal(["B-PER", "I-PER", "O"], Trim("الحسين بن أمام", "B-PER", "I-PER", "O"));
        // only persons: a place or organisation name is left alone
        Assert.Equal(["B-LOC", "I-LOC", "O"], Trim("جزيرة أبو موسى", "B-LOC", "I-LOC", "O"));
    }

    [Fact]
    public void LeadingFunctionWord_MovesTheBeginning()
    {
        Assert.Equal(["O", "B-PER", "I-PER"], Trim("بعد كليان مبابي", "B-PER", "I-PER", "I-PER"));
        Assert.Equal(["O", "O"], Trim("أيضا قال", "B-ORG", "I-ORG"));
    }

    [Theory]
    [InlineData("بان كي مون", "B-PER I-PER I-PER")]
    [InlineData("سي إن إن", "B-ORG I-ORG I-ORG")]
    [InlineData("إن بي سي", "B-ORG I-ORG I-ORG")]
    [InlineData("أبو ظبي", "B-LOC I-LOC")]
    [InlineData("علي الطاير", "B-PER I-PER")]
    [InlineData("على الطاير", "B-PER I-PER")]
    [InlineData("آلان بيللغريني", "B-PER I-PER")]
    [InlineData("هو جين تاو", "B-PER I-PER I-PER")]
    [InlineData("قبل منتصف الليل", "B-MISC I-MISC I-MISC")]
    public void NamePartsAndTitles_StayWhole(string sentence, string tags)
    {
        var expected = tags.Split(' ');
        Assert.Equal(expected, Trim(sentence, expected));
    }

    [Fact]
    public void RealSentence_PersonEndsBeforeTheVerb()
    {
        // a US official's name, unknown to the model, that it ran on into the verb and the preposition after it
        var text = "وقال ميتشل أمام جلسة للجنة فرعية تابعة للجنة العلاقات الخارجية بمجلس الشيوخ إن واشنطن قلقة. لكن ميتشل أشاد أيضا بتركيا.";
        var people = Recognizer.Recognize(text).Where(m => m.Type == "PER").Select(m => m.Text).ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Equal("ميتشل", p));
    }
}

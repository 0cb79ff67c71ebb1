using Xunit;

namespace Marsad.Tests.Analysis.Entities;

/// <summary>A person's name does not run over the conjunction و; names that start with و stay whole.</summary>
public sealed class CoordinatedPersonsTests
{
    private static string[] Split(string sentence, params string[] tags) =>
        AfterDecoding.Apply(sentence, tags, static (extractor, labels) => extractor.SplitCoordinatedPersons(labels));

    [Fact]
    public void ConjunctionInsideAPersonName_StartsASecondName()
    {
        Assert.Equal(["O", "B-PER", "B-PER", "O"], Split("ورفض بوش وبلير القول", "O", "B-PER", "I-PER", "O"));
        Assert.Equal(["O", "B-PER", "B-PER", "O"], Split("ووصف عنان وصبري المحادثات", "O", "B-PER", "I-PER", "O"));
        Assert.Equal(["B-PER", "B-PER", "B-PER"], Split("بوش وشارون وبلير", "B-PER", "I-PER", "I-PER"));
        // too rare for the proclitic split, but و before a consonant: a second name
        Assert.Equal(["O", "B-PER", "I-PER", "B-PER"], Split("مع روبرتو كارلوس وبيكام", "O", "B-PER", "I-PER", "I-PER"));
        Assert.Equal(["B-PER", "B-PER", "O"], Split("كوكي وخوانفران معا", "B-PER", "I-PER", "O"));
    }

    [Fact]
    public void NamesStartingWithWaw_AndOtherTypes_StayWhole()
    {
        Assert.Equal(["O", "B-PER", "I-PER"], Split("قال أحمد وليد", "O", "B-PER", "I-PER"));
        Assert.Equal(["B-PER", "I-PER", "O"], Split("أوبرا وينفري قالت", "B-PER", "I-PER", "O"));
        Assert.Equal(["B-PER", "I-PER", "O"], Split("بوب وودوارد قال", "B-PER", "I-PER", "O"));
        Assert.Equal(["B-PER", "I-PER", "O"], Split("هيفاء وهبي قالت", "B-PER", "I-PER", "O"));
        // a consonant after و, but a frequent word: a name as written
        Assert.Equal(["O", "B-PER", "I-PER"], Split("قال أحمد وحيد", "O", "B-PER", "I-PER"));
        Assert.Equal(["O", "B-PER", "I-PER"], Split("قال جورج وديع", "O", "B-PER", "I-PER"));
        // four letters: an Arabic family name as likely as a second name
        Assert.Equal(["B-PER", "I-PER", "I-PER", "I-PER"], Split("سعد بن أبي وقاص", "B-PER", "I-PER", "I-PER", "I-PER"));
        Assert.Equal(["O", "B-PER", "I-PER"], Split("إخراج محمد وقاف", "O", "B-PER", "I-PER"));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Split("حركة العدل والمساواة", "B-ORG", "I-ORG", "I-ORG"));
    }
}

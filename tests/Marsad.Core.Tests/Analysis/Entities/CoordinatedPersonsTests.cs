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
    }

    [Fact]
    public void NamesStartingWithWaw_AndOtherTypes_StayWhole()
    {
        Assert.Equal(["O", "B-PER", "I-PER"], Split("قال أحمد وليد", "O", "B-PER", "I-PER"));
        Assert.Equal(["B-PER", "I-PER", "O"], Split("أوبرا وينفري قالت", "B-PER", "I-PER", "O"));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Split("حركة العدل والمساواة", "B-ORG", "I-ORG", "I-ORG"));
    }
}

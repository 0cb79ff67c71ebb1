namespace Marsad.Analysis.Entities;

/// <summary>
/// The tagger's feature templates. Each template's id seeds the hash of its values, so "word=X" and
/// "previous word=X" are different features. Changing an id or what a template reads invalidates the model.
/// </summary>
internal static class FeatureTemplate
{
    public const byte Bias = 1;
    public const byte Word = 2;
    public const byte PreviousWord = 3;
    public const byte NextWord = 4;
    public const byte SecondPreviousWord = 5;
    public const byte SecondNextWord = 6;
    public const byte PreviousAndWord = 7;
    public const byte WordAndNext = 8;
    public const byte PreviousAndBare = 9;
    public const byte BareAndNext = 10;
    public const byte Remainder = 11;
    public const byte Bare = 12;
    public const byte Proclitic = 13;
    public const byte PreviousBare = 14;
    public const byte NextBare = 15;
    public const byte SecondPreviousBare = 16;
    public const byte SecondNextBare = 17;

    /// <summary>Prefixes of the bare word, lengths 1–3: ids 20–22.</summary>
    public const byte Prefix = 20;

    /// <summary>Suffixes of the bare word, lengths 1–4: ids 23–26.</summary>
    public const byte Suffix = 23;

    public const byte Shape = 27;
    public const byte PreviousShapeAndShape = 28;
    public const byte ShapeAndNextShape = 29;
    public const byte Length = 30;

    /// <summary>Cluster of the word at three levels: ids 31–33; previous word 34–36; next word 37–39.</summary>
    public const byte Cluster = 31;

    public const byte PreviousCluster = 34;
    public const byte NextCluster = 37;
    public const byte SecondPreviousCluster = 40;
    public const byte SecondNextCluster = 41;
    public const byte Frequency = 42;
    public const byte GazetteerBegin = 43;
    public const byte GazetteerInside = 44;
    public const byte PreviousGazetteer = 45;
    public const byte NextGazetteer = 46;
    public const byte PreviousTrigger = 47;
    public const byte SecondPreviousTrigger = 48;
    public const byte Trigger = 49;
    public const byte NextTrigger = 50;
    public const byte PreviousBareAndCluster = 51;
    public const byte PreviousClusterAndCluster = 52;
    public const byte ClusterAndNextCluster = 53;

    /// <summary>Suffixes (lengths 2–3) of the previous word's bare form: ids 54–55; of the next word's: 56–57.</summary>
    public const byte PreviousSuffix = 54;

    public const byte NextSuffix = 56;
    public const byte LeftWindow = 58;
    public const byte RightWindow = 59;
    public const byte SecondPreviousGazetteer = 60;
    public const byte SecondNextGazetteer = 61;
    public const byte SecondNextTrigger = 62;
    public const byte SentenceTopic = 63;
    public const byte TopicAndGazetteer = 64;
    public const byte TopicAndCluster = 65;
    public const byte PreviousBareAndGazetteer = 66;
    public const byte CharacterTrigram = 67;
}

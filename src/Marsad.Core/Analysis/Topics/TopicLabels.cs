namespace Marsad.Analysis.Topics;

/// <summary>The topic labels of INTERFACES.md.</summary>
public static class TopicLabels
{
    public const string Politics = "politics";
    public const string Economy = "economy";
    public const string Sports = "sports";
    public const string Culture = "culture";
    public const string Technology = "technology";
    public const string Society = "society";
    public const string Health = "health";
    public const string Security = "security";

    /// <summary>Every label, in the order INTERFACES.md lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Politics, Economy, Sports, Culture, Technology, Society, Health, Security];
}

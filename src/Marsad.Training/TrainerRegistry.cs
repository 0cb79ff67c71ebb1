namespace Marsad.Training;

/// <summary>Every trainer, by the name used on the command line; each feature adds its line.</summary>
internal static class TrainerRegistry
{
    public static Dictionary<string, ITrainer> All() => new(StringComparer.Ordinal)
    {
        ["names"] = new NamesTrainer(),
        ["translit"] = new TranslitTrainer(),
    };
}

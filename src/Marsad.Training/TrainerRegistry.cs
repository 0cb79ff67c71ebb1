namespace Marsad.Training;

/// <summary>Every trainer, by the name used on the command line; each feature adds its line.</summary>
internal static class TrainerRegistry
{
    public static Dictionary<string, ITrainer> All() => new(StringComparer.Ordinal)
    {
        ["extraction-places"] = new Extraction.PlacesTrainer(),
        ["latin-places"] = new Geo.LatinPlacesTrainer(),
        ["event-places"] = new EventPlacesTrainer(),
        ["ner"] = new Ner.NerTrainer(),
        ["ner-clusters"] = new Ner.NerClustersTrainer(),
        ["ner-names"] = new Ner.NewsNamesTrainer(),
        ["ner-export"] = new Ner.NerExportTrainer(),
        ["ner-combine"] = new Ner.NerCombineTrainer(),
        ["lexicon"] = new Lexicon.LexiconTrainer(),
        ["names"] = new NamesTrainer(),
        ["translit"] = new TranslitTrainer(),
        ["idf"] = new IdfTrainer(),
        ["topics"] = new Topics.TopicsTrainer(),
    };
}

namespace Marsad.Analysis.Entities;

/// <summary>The data the tagger's features look words up in: clusters, gazetteers and trigger words.</summary>
internal sealed class NerLexicon(WordClusters clusters, Gazetteer gazetteer, TriggerWords triggers)
{
    /// <summary>Gazetteer sources, each a bit range of its own so the model weighs them separately.</summary>
    public const int GeoSource = 0;

    /// <summary>Names annotated in the ANERcorp training sentences (CC BY-SA).</summary>
    public const int AnnotatedSource = 1;

    /// <summary>The hand-written list of modern organisations, agencies and outlets.</summary>
    public const int CuratedSource = 2;

    /// <summary>Words a bootstrap tagger reads as names in most of their occurrences in the ANT news corpora.</summary>
    public const int NewsNamesSource = 3;

    /// <summary>The hand-written list of people often named in 2005–2019 news.</summary>
    public const int PeopleSource = 4;

    /// <summary>
    /// Unambiguous names the tagger fills in after decoding where it left every token O (currencies, agencies,
    /// international bodies): read by <see cref="NerFeatureExtractor.TagCuratedNames"/> only, never a feature, so the
    /// list grows without retraining the models.
    /// </summary>
    public const int FillSource = 5;

    public const string ClustersResource = "clusters/ant-w2v.tsv";
    public const string GeoResource = "gazetteers/geo-ar.tsv";
    public const string AnnotatedResource = "gazetteers/anercorp-entities.tsv";
    public const string CuratedResource = "gazetteers/modern-organisations.tsv";
    public const string TriggersResource = "gazetteers/triggers.tsv";
    public const string NewsNamesResource = "gazetteers/ant-names.tsv";
    public const string PeopleResource = "gazetteers/modern-people.tsv";
    public const string FillResource = "gazetteers/fill-names.tsv";

    public WordClusters Clusters { get; } = clusters;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public TriggerWords Triggers { get; } = triggers;

    /// <summary>Loads everything shipped in Marsad.Core's resources.</summary>
    public static NerLexicon LoadEmbedded()
    {
        WordClusters clusters;
        using (var reader = new StreamReader(EmbeddedData.Open(ClustersResource), System.Text.Encoding.UTF8))
            clusters = WordClusters.Read(reader);
        var gazetteer = new Gazetteer();
        ReadGazetteer(gazetteer, GeoResource, GeoSource);
        ReadGazetteer(gazetteer, AnnotatedResource, AnnotatedSource);
        ReadGazetteer(gazetteer, CuratedResource, CuratedSource);
        ReadGazetteer(gazetteer, NewsNamesResource, NewsNamesSource);
        ReadGazetteer(gazetteer, PeopleResource, PeopleSource);
        ReadGazetteer(gazetteer, FillResource, FillSource);
        var triggers = new TriggerWords();
        using (var reader = new StreamReader(EmbeddedData.Open(TriggersResource), System.Text.Encoding.UTF8))
            triggers.Read(reader);
        return new NerLexicon(clusters, gazetteer, triggers);
    }

    private static void ReadGazetteer(Gazetteer gazetteer, string resource, int source)
    {
        using var reader = new StreamReader(EmbeddedData.Open(resource), System.Text.Encoding.UTF8);
        gazetteer.Read(reader, source);
    }
}

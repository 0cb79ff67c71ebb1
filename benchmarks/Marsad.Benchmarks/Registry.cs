namespace Marsad.Benchmarks;

/// <summary>The list of quality harnesses; each feature adds its line here.</summary>
internal static class Registry
{
    public static void RegisterAll()
    {
        ExtractionQuality.Register();
        Harnesses.Add("pipeline-steps", PipelineStepsHarness.Run);
        Harnesses.Add("ner-speed", NerSpeedHarness.Run);
        Harnesses.Add("translit", TranslitHarness.Run);
        Harnesses.Add("names-anetac", Names.NameVariantsHarness.Run);
        Harnesses.Add("retrieval", Text.RetrievalHarness.Run);
        Harnesses.Add("analyzer-speed", Text.AnalyzerSpeedHarness.Run);
        Harnesses.Add("store", Store.StoreHarness.Run);
        Harnesses.Add("store-profile", Store.SearchProfile.Run);
        Harnesses.Add("ingest-profile", Store.IngestProfile.Run);
        Harnesses.Add("stories", Stories.StoryQuality.Run);
        Harnesses.Add("duplicates", Duplicates.DuplicateQuality.Run);
        Harnesses.Add("story-scaling", Stories.StoryScaling.Run);
        Harnesses.Add("story-tuning", Stories.StoryTuning.Run);
        Harnesses.Add("story-dump", Stories.StoryDump.Run);
        Harnesses.Add("story-train", Stories.StoryTrain.Run);
        Sources.HtmlExtractionQuality.Register();
        Sources.WarcMemory.Register();
        Harnesses.Add("web-load", Web.WebLoadHarness.Run);
    }
}

namespace Marsad.Benchmarks;

/// <summary>The list of quality harnesses; each feature adds its line here.</summary>
internal static class Registry
{
    public static void RegisterAll()
    {
        Harnesses.Add("pipeline-steps", PipelineStepsHarness.Run);
    }
}

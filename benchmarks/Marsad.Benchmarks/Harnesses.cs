namespace Marsad.Benchmarks;

/// <summary>Non-BenchmarkDotNet harnesses (quality measures run as commands), dispatched by name.</summary>
internal static class Harnesses
{
    private static readonly Dictionary<string, Func<string[], int>> All = new(StringComparer.Ordinal);

    /// <summary>Registers a harness under <paramref name="name"/>; called from each harness's static registration.</summary>
    public static void Add(string name, Func<string[], int> run) => All[name] = run;

    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (args[0] != "quality")
            return false;
        Registry.RegisterAll();
        if (args.Length < 2 || !All.TryGetValue(args[1], out var run))
        {
            Console.Error.WriteLine("usage: quality <" + string.Join('|', All.Keys.Order(StringComparer.Ordinal)) + "> [options]");
            exitCode = 2;
            return true;
        }
        exitCode = run(args[2..]);
        return true;
    }
}

namespace Marsad.Benchmarks.Sources;

/// <summary>Finds the repository root and ../shared (data and scoring tools) for harnesses.</summary>
internal static class SharedPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>../shared/data, or MARSAD_SHARED_DATA.</summary>
    public static string Data => Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA") is { Length: > 0 } d ? d
        : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string Tools => Path.GetFullPath(Path.Combine(Data, "..", "tools"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}

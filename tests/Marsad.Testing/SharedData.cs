using Xunit;

namespace Marsad.Testing;

/// <summary>
/// Finds ../shared/data (corpora, lexicons, gold sets) from the repository root. When it is missing, tests that
/// need it skip with a message — except under CI=true, where missing data is a failure.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The repository root (the folder with Marsad.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared data folder, or null when it is not there.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The full path of <paramref name="relative"/> under the shared data folder; skips (or fails on CI) when missing.</summary>
    public static string Require(string relative)
    {
        var dir = Directory;
        var path = dir is null ? null : Path.Combine(dir, relative);
        if (path is not null && (File.Exists(path) || System.IO.Directory.Exists(path)))
            return path;
        var message = $"shared data '{relative}' not found (looked under {dir ?? "../shared/data"})";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(message + "; CI=true requires it");
        Assert.Skip(message);
        return "";
    }

    /// <summary>The full path of a shared tool (../shared/tools), skipping like <see cref="Require"/>.</summary>
    public static string RequireTool(string name)
    {
        var tools = Directory is null ? null : Path.GetFullPath(Path.Combine(Directory, "..", "tools", name));
        if (tools is not null && File.Exists(tools))
            return tools;
        var message = $"shared tool '{name}' not found";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(message + "; CI=true requires it");
        Assert.Skip(message);
        return "";
    }

    private static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnv) && System.IO.Directory.Exists(fromEnv))
            return Path.GetFullPath(fromEnv);
        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Marsad.slnx) above " + AppContext.BaseDirectory);
    }
}

namespace Marsad.Training;

/// <summary>Locates ../shared/data from the repository root (or MARSAD_SHARED_DATA).</summary>
internal static class SharedDataPath
{
    public static string Resolve(string relative)
    {
        var root = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        if (string.IsNullOrEmpty(root))
        {
            var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
                dir = dir.Parent;
            root = Path.Combine(dir?.FullName ?? ".", "..", "shared", "data");
        }
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new FileNotFoundException($"shared data '{relative}' not found at {path}", path);
        return path;
    }
}

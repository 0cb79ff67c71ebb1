using System.Reflection;

namespace Marsad;

/// <summary>Reads Marsad's linguistic data (lexicons, stopwords, model weights) from the Core assembly's embedded resources.</summary>
public static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Opens the resource at <paramref name="path"/> under Resources/ (e.g. "stopwords/mohataher.txt").</summary>
    /// <exception cref="FileNotFoundException">The resource is not embedded.</exception>
    public static Stream Open(string path)
    {
        var name = ResourceName(path);
        return Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Embedded resource '{path}' is missing from Marsad.Core.", path);
    }

    /// <summary>True if a resource exists at <paramref name="path"/>.</summary>
    public static bool Exists(string path)
    {
        var name = ResourceName(path);
        return Assembly.GetManifestResourceInfo(name) is not null;
    }

    private static string ResourceName(string path) => "Marsad.Resources/" + path.Replace('\\', '/');

    /// <summary>The non-empty, non-comment (#) lines of a UTF-8 text resource, trimmed.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(Open(path), System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
                yield return line;
        }
    }
}

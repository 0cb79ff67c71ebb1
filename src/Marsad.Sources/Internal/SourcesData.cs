namespace Marsad.Sources.Internal;

/// <summary>Reads the data files embedded in Marsad.Sources (Resources/).</summary>
internal static class SourcesData
{
    /// <summary>The non-empty, non-comment lines of the UTF-8 resource at <paramref name="path"/>.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        var stream = typeof(SourcesData).Assembly.GetManifestResourceStream("Marsad.Sources.Resources/" + path)
            ?? throw new FileNotFoundException($"Embedded resource '{path}' is missing from Marsad.Sources.", path);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
                yield return line;
        }
    }
}

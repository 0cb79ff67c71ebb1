namespace Marsad.Sources.Formats.Warc;

/// <summary>Named header fields (WARC or HTTP), case-insensitive, first value wins.</summary>
internal sealed class WarcHeaders
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string? this[string name] => _fields.TryGetValue(name, out var v) ? v : null;

    /// <summary>Reads "Name: value" lines up to the blank line; folded continuation lines join the previous value.</summary>
    public static WarcHeaders Read(ByteReader reader, int maxLines = 500)
    {
        var headers = new WarcHeaders();
        string? last = null;
        for (var i = 0; i < maxLines; i++)
        {
            var line = reader.ReadLine();
            if (string.IsNullOrEmpty(line))
                return headers;
            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers._fields[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                continue;
            last = line[..colon].Trim();
            headers._fields.TryAdd(last, line[(colon + 1)..].Trim());
        }
        return headers;
    }
}

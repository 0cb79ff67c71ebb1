using AngleSharp.Dom;

namespace Marsad.Sources.Html;

/// <summary>A page's &lt;meta&gt; values by property, name or itemprop (lower-cased), in document order.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public static MetaTags Read(IDocument page)
    {
        var tags = new MetaTags();
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
                continue;
            foreach (var key in (string?[])[meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("itemprop"), meta.GetAttribute("http-equiv")])
            {
                if (string.IsNullOrWhiteSpace(key))
                    continue;
                if (!tags._values.TryGetValue(key.Trim(), out var list))
                    tags._values[key.Trim()] = list = [];
                list.Add(content);
            }
        }
        return tags;
    }

    /// <summary>The first value for <paramref name="key"/>, or null.</summary>
    public string? Get(string key) => _values.TryGetValue(key, out var list) ? list[0] : null;

    public IEnumerable<string> GetAll(string key) => _values.TryGetValue(key, out var list) ? list : [];
}

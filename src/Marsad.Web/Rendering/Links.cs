namespace Marsad.Web.Rendering;

/// <summary>Addresses of the pages (every value escaped as a path segment or query value).</summary>
internal static class Links
{
    public static string Article(string id) => "/article/" + Uri.EscapeDataString(id);

    public static string Entity(string keyOrName) => "/entity/" + Uri.EscapeDataString(keyOrName);

    public static string Story(string id) => "/story/" + Uri.EscapeDataString(id);

    /// <summary>A page address with query values (null and empty values left out).</summary>
    public static string With(string path, params (string Name, string? Value)[] values)
    {
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => v.Name + "=" + Uri.EscapeDataString(v.Value!)).ToList();
        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }

    /// <summary>Only absolute http(s) addresses become links; anything else (javascript:, data:, relative) is shown as text.</summary>
    public static string? SafeExternal(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}

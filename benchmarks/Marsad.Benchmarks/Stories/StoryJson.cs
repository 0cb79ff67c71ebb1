using System.Text.Json;
using Marsad.Stories;

namespace Marsad.Benchmarks.Stories;

/// <summary>Writes stories in the `marsad stories --json` shape of INTERFACES.md.</summary>
internal static class StoryJson
{
    public static void Write(string path, IEnumerable<Story> stories)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("stories");
        foreach (var s in stories.OrderBy(s => s.First))
        {
            json.WriteStartObject();
            json.WriteString("id", s.Id);
            json.WriteString("label", s.Label);
            json.WriteStartArray("articles");
            foreach (var a in s.Articles)
                json.WriteStringValue(a.Id);
            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var src in s.Sources)
                json.WriteStringValue(src);
            json.WriteEndArray();
            json.WriteString("first", s.First.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("last", s.Last.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}

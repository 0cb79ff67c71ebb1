using System.Text.Json;
using Marsad.Stories;

namespace Marsad.Storage.Stories;

/// <summary>
/// How a story member's features are stored: the vector and entity keys as JSON text, the fingerprint as bytes. The
/// headline terms ride in the vector text as <c>["t:term", 0]</c> pairs and the lead's numbers as <c>["n:26", 0]</c>
/// pairs (no schema change; members stored before they existed decode with none).
/// </summary>
internal static class StoryFeatureCodec
{
    private const string TitlePrefix = "t:";
    private const string NumberPrefix = "n:";

    public static string VectorJson(StoryArticle features)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var (key, weight) in features.Vector)
            {
                w.WriteStartArray();
                w.WriteStringValue(key);
                w.WriteNumberValue(weight);
                w.WriteEndArray();
            }
            foreach (var term in features.TitleTerms)
                WriteMarker(w, TitlePrefix + term);
            foreach (var number in features.Numbers)
                WriteMarker(w, NumberPrefix + number);
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteMarker(Utf8JsonWriter w, string key)
    {
        w.WriteStartArray();
        w.WriteStringValue(key);
        w.WriteNumberValue(0);
        w.WriteEndArray();
    }

    public static string EntitiesJson(StoryArticle features) => JsonSerializer.Serialize(features.Entities);

    public static byte[] FingerprintBytes(StoryArticle features) => features.Fingerprint?.ToBytes() ?? [];

    /// <summary>Rebuilds the features of a stored member.</summary>
    /// <exception cref="StoreException">The stored features are damaged.</exception>
    public static StoryArticle Decode(string id, DateTimeOffset time, string? source, string? headline, string vector, string entities, byte[] fingerprint)
    {
        try
        {
            var pairs = new List<KeyValuePair<string, float>>();
            var title = new List<string>();
            var numbers = new List<string>();
            using (var document = JsonDocument.Parse(vector))
            {
                foreach (var pair in document.RootElement.EnumerateArray())
                {
                    var key = pair[0].GetString()!;
                    if (key.StartsWith(TitlePrefix, StringComparison.Ordinal))
                        title.Add(key[TitlePrefix.Length..]);
                    else if (key.StartsWith(NumberPrefix, StringComparison.Ordinal))
                        numbers.Add(key[NumberPrefix.Length..]);
                    else
                        pairs.Add(new(key, pair[1].GetSingle()));
                }
            }
            return new StoryArticle
            {
                Id = id,
                Time = time,
                Source = source,
                Headline = headline ?? "",
                Vector = pairs,
                TitleTerms = title,
                Numbers = numbers,
                Entities = JsonSerializer.Deserialize<List<string>>(entities) ?? [],
                Fingerprint = TextFingerprint.FromBytes(fingerprint),
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new StoreException("story_members", $"the stored story features of article {id} are damaged: {e.Message}", e);
        }
    }
}

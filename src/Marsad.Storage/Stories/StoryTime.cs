using System.Globalization;

namespace Marsad.Storage.Stories;

/// <summary>Story member times as the embedded store keeps them: fixed-width UTC text, so text order is time order.</summary>
internal static class StoryTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

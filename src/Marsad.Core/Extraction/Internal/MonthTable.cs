namespace Marsad.Extraction.Internal;

/// <summary>Month names of both calendars from Resources/extraction/months.tsv, by lookup key.</summary>
internal static class MonthTable
{
    private static readonly Lazy<Dictionary<string, (DateCalendar, int)>> Table = new(Load);

    public static Dictionary<string, (DateCalendar Calendar, int Month)> Names => Table.Value;

    private static Dictionary<string, (DateCalendar, int)> Load()
    {
        var names = new Dictionary<string, (DateCalendar, int)>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("extraction/months.tsv"))
        {
            var fields = line.Split('\t');
            if (fields.Length != 3 || !int.TryParse(fields[1], System.Globalization.CultureInfo.InvariantCulture, out var month))
                continue;
            var calendar = fields[0] == "hijri" ? DateCalendar.Hijri : DateCalendar.Gregorian;
            foreach (var name in fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                names.TryAdd(TextRules.Key(name), (calendar, month));
        }
        return names;
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stats [--json]</c>: what the store holds, per source, day and topic.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var json = new Option<bool>("--json") { Description = "Print JSON: {\"articles\",\"entity_mentions\",\"quotes\",\"events\",\"first_day\",\"last_day\",\"sources\",\"topics\",\"days\"}." };
        var command = new Command("stats", "Count stored articles per source, day and topic.") { json };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var stats = await articleStore.GetStatisticsAsync(store.Filter(parse), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
                WriteJson(stats);
            else
                WriteText(stats, articleStore.Description);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(StoreStatistics s)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, SearchJson.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("articles", s.Articles);
            w.WriteNumber("entity_mentions", s.EntityMentions);
            w.WriteNumber("quotes", s.Quotes);
            w.WriteNumber("events", s.Events);
            w.WriteString("first_day", s.FirstDay);
            w.WriteString("last_day", s.LastDay);
            foreach (var (name, counts) in new[] { ("sources", s.Sources), ("topics", s.Topics), ("days", s.Days) })
            {
                w.WriteStartArray(name);
                foreach (var c in counts)
                {
                    w.WriteStartObject();
                    w.WriteString("value", c.Value);
                    w.WriteNumber("count", c.Count);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteText(StoreStatistics s, string description)
    {
        using var o = CliConsole.OpenStdout();
        o.WriteLine(description);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Articles} articles, {s.EntityMentions} entity mentions, {s.Quotes} quotes, {s.Events} events; published {s.FirstDay ?? "?"} … {s.LastDay ?? "?"}"));
        Section(o, "per source", s.Sources);
        Section(o, "per topic", s.Topics);
        Section(o, "per day", s.Days);
    }

    private static void Section(TextWriter o, string title, IReadOnlyList<FacetCount> counts)
    {
        o.WriteLine();
        o.WriteLine(title + ":");
        foreach (var c in counts)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(c.Value.Length == 0 ? "(none)" : c.Value),-24} {c.Count,8}"));
    }
}

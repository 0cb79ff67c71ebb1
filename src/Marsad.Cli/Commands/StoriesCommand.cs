using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;
using Marsad.Storage.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stories [--from DATE] [--to DATE] [--json]</c>: the stories of a period, largest first (INTERFACES.md).</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var json = new Option<bool>("--json") { Description = "Print JSON: {\"stories\":[{\"id\",\"label\",\"articles\",\"sources\",\"first\",\"last\"}]}." };
        var all = new Option<bool>("--all") { Description = "Also list single-article stories in the text output (JSON always has every story)." };
        var command = new Command("stories", "List the stories (articles about one event across outlets and days) with an article published in the period, largest first.")
        {
            store.From, store.To, json, all,
        };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (from, to) = (parse.GetValue(store.From), parse.GetValue(store.To));
            if (from is { } f && to is { } t && f > t)
            {
                CliConsole.Error("--from is after --to");
                return ExitCodes.Usage;
            }
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var stories = (await articleStore.ListStoriesAsync(new StoryListQuery(from, to), cancellationToken).ConfigureAwait(false)).Stories;
            if (parse.GetValue(json))
                WriteJson(stories);
            else
                WriteText(stories, parse.GetValue(all));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A time as the JSON outputs give it: ISO-8601 UTC.</summary>
    internal static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static void WriteSummary(Utf8JsonWriter w, StorySummary s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("label", s.Label);
        w.WriteStartArray("articles");
        foreach (var a in s.Articles)
            w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (var source in s.Sources)
            w.WriteStringValue(source);
        w.WriteEndArray();
        w.WriteString("first", Time(s.First));
        w.WriteString("last", Time(s.Last));
    }

    private static void WriteJson(IReadOnlyList<StorySummary> stories)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, SearchJson.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("stories");
            foreach (var s in stories)
            {
                w.WriteStartObject();
                WriteSummary(w, s);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteText(IReadOnlyList<StorySummary> stories, bool all)
    {
        using var o = CliConsole.OpenStdout();
        var multi = stories.Count(s => s.Articles.Count > 1);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stories.Count} stories ({multi} with more than one article, {stories.Sum(s => s.Articles.Count)} articles)"));
        foreach (var s in stories.Where(s => all || s.Articles.Count > 1))
        {
            o.WriteLine();
            o.WriteLine(s.Label.Length > 0 ? s.Label : "(no headline)");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {s.Id} · {s.Articles.Count} articles · {s.Sources.Count} outlets ({string.Join(", ", s.Sources)}) · {s.First:yyyy-MM-dd HH:mm} – {s.Last:yyyy-MM-dd HH:mm} UTC"));
        }
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Storage;
using Marsad.Storage.Stories;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad story ID [--json]</c>: one story's timeline, outlets, entities and original wire reports.</summary>
internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The story id (st-…), as 'marsad stories' and 'marsad search' show it." };
        var store = new StoreOptions();
        var json = new Option<bool>("--json")
        {
            Description = "Print JSON: {\"id\",\"label\",\"articles\",\"sources\",\"first\",\"last\",\"originals\",\"entities\",\"timeline\":[{\"id\",\"time\",\"headline\",\"source\",\"url\",\"duplicate_of\",\"copies\"}]}.",
        };
        var command = new Command("story", "Show one story: its articles in time order, the original wire reports their copies came from, its outlets and entities.") { id, json };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var storyId = parse.GetValue(id)!.Trim();
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var story = await articleStore.GetStoryAsync(storyId, cancellationToken).ConfigureAwait(false);
            if (story is null)
            {
                CliConsole.Error($"no story '{storyId}' in {articleStore.Description} (see 'marsad stories')");
                return ExitCodes.InputError;
            }
            if (parse.GetValue(json))
                WriteJson(story);
            else
                WriteText(story);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(StoryDetail story)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout, SearchJson.Options))
        {
            w.WriteStartObject();
            StoriesCommand.WriteSummary(w, story.Summary);
            w.WriteStartArray("originals");
            foreach (var o in story.Originals)
                w.WriteStringValue(o);
            w.WriteEndArray();
            w.WriteStartArray("entities");
            foreach (var e in story.Entities)
            {
                w.WriteStartObject();
                w.WriteString("key", e.Key);
                w.WriteString("name", e.Name);
                w.WriteString("type", e.Type);
                w.WriteNumber("articles", e.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("timeline");
            foreach (var t in story.Timeline)
            {
                w.WriteStartObject();
                w.WriteString("id", t.Id);
                w.WriteString("time", StoriesCommand.Time(t.Time));
                w.WriteString("headline", t.Headline);
                w.WriteString("source", t.Source);
                w.WriteString("url", t.Url);
                w.WriteString("duplicate_of", t.DuplicateOf);
                w.WriteNumber("copies", t.Copies);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteText(StoryDetail story)
    {
        var s = story.Summary;
        using var o = CliConsole.OpenStdout();
        o.WriteLine(s.Label.Length > 0 ? s.Label : "(no headline)");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{s.Id} · {s.Articles.Count} articles · {s.Sources.Count} outlets · {s.First:yyyy-MM-dd HH:mm} – {s.Last:yyyy-MM-dd HH:mm} UTC"));
        if (s.Sources.Count > 0)
            o.WriteLine("outlets: " + string.Join(", ", s.Sources));
        if (story.Entities.Count > 0)
            o.WriteLine("entities: " + string.Join("، ", story.Entities.Take(10).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Name} ({e.Count})"))));
        o.WriteLine();
        foreach (var t in story.Timeline)
        {
            var note = t.DuplicateOf is { } original ? "  [copy of " + original + "]" : t.Copies > 0 ? string.Create(CultureInfo.InvariantCulture, $"  [original of {t.Copies} copies]") : "";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Time:yyyy-MM-dd HH:mm}  {t.Source ?? "?",-14} {t.Headline}{note}"));
            o.WriteLine("                  " + t.Id);
        }
    }
}

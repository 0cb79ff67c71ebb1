using System.CommandLine;
using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Queries;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad events [--type T] [--actor NAME] [--from --to …] [--json]</c>: what happened (as <c>GET /api/events</c>).</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var list = new ListOptions();
        var type = new Option<string?>("--type") { Description = "An event type: meeting, visit, agreement, statement, attack, …" };
        var actor = new Option<string?>("--actor") { Description = "An actor, any spelling of the name." };
        var command = new Command("events", "List reported events with their actors, place and date, newest first, with counts per type.") { type, actor };
        store.AddTo(command);
        list.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var page = await NewsQueries.Of(articleStore).ListEventsAsync(new EventQuery
            {
                Type = string.IsNullOrWhiteSpace(parse.GetValue(type)) ? null : parse.GetValue(type)!.Trim(),
                Actor = string.IsNullOrWhiteSpace(parse.GetValue(actor)) ? null : parse.GetValue(actor)!.Trim(),
                Filter = store.Filter(parse),
                Limit = parse.GetValue(list.Limit),
                Offset = parse.GetValue(list.Offset),
            }, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(list.Json))
            {
                ListOptions.WriteJson(page);
                return ExitCodes.Success;
            }
            using var o = CliConsole.OpenStdout();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Total} events ({string.Join(", ", page.Types.Select(t => $"{t.Value} {t.Count}"))})"));
            foreach (var e in page.Items)
            {
                o.WriteLine($"{e.Type}\t{string.Join(" | ", e.Actors)}\t{e.Place ?? "-"}\t{e.Date ?? "-"}");
                o.WriteLine($"\t{e.Sentence}");
                o.WriteLine($"\t{e.Article.Source} {e.Article.Published} {e.Article.Id}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}

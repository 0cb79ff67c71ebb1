using System.CommandLine;
using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Queries;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad quotes [--speaker NAME] [--about TERM] [--from --to …] [--json]</c>: who said what, through whom (as <c>GET /api/quotes</c>).</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var list = new ListOptions();
        var speaker = new Option<string?>("--speaker") { Description = "The speaker, any spelling of the name (a family name finds the full name)." };
        var about = new Option<string?>("--about") { Description = "Words the quoted text contains (any form: the search analyzer's terms)." };
        var command = new Command("quotes", "List quotations with speaker, reporting verb and the outlet they came through, newest first.") { speaker, about };
        store.AddTo(command);
        list.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var page = await NewsQueries.Of(articleStore).ListQuotesAsync(new QuoteQuery
            {
                Speaker = Blank(parse.GetValue(speaker)),
                About = Blank(parse.GetValue(about)),
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
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Total} quotes"));
            foreach (var q in page.Items)
            {
                o.WriteLine($"{q.SpeakerCanonical ?? q.Speaker ?? "?"} ({q.Cue ?? "-"}{(q.Via is null ? "" : ", via " + q.Via)}{(q.Direct ? "" : ", reported")}): «{q.Text}»");
                o.WriteLine($"\t{q.Article.Source} {q.Article.Published} {q.Article.Id}: {q.Article.Headline}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

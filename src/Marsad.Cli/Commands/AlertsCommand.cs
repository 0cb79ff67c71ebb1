using System.CommandLine;
using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Alerts;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad alerts add|list|remove|feed|run</c>: saved searches that report new matching articles.</summary>
internal static partial class AlertsCommand
{
    public static Command Create()
    {
        var command = new Command("alerts", "Saved searches: each new matching article appears once in the alert's Atom feed and, optionally, is POSTed to a webhook (JSON, HMAC-SHA256 signed).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Feed());
        command.Subcommands.Add(Run());
        return command;
    }

    private static Command Add()
    {
        var store = new StoreOptions();
        var query = new Argument<string>("query") { Description = "Search words as for 'marsad search' (quotes make a phrase, -word excludes); \"\" for a filter-only alert." };
        var name = new Option<string?>("--name") { Description = "A label (default: the query)." };
        var any = new Option<bool>("--any") { Description = "Match articles with any of the words (default: all of them)." };
        var webhook = new Option<string?>("--webhook") { Description = "POST each new match here as JSON, signed in X-Marsad-Signature: sha256=HMAC." };
        var secret = new Option<string?>("--secret") { Description = "The webhook signing secret (default: 32 random bytes, printed once)." };
        var command = new Command("add", "Save a search as an alert; only articles stored from now on can match it.") { query, name, any, webhook, secret };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: true, cancellationToken).ConfigureAwait(false);
            Alert alert;
            try
            {
                alert = await AlertStore.For(articleStore).AddAsync(parse.GetValue(name) ?? "", parse.GetValue(query) ?? "", store.Filter(parse),
                    !parse.GetValue(any), parse.GetValue(webhook), parse.GetValue(secret), cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                CliConsole.Error("alerts add: " + e.Message.Split(" (Parameter", 2)[0]);
                return ExitCodes.Usage;
            }
            using var o = CliConsole.OpenStdout();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alert {alert.Id} saved in {articleStore.Description}: {alert.Name}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed: marsad alerts feed {alert.Id} (served at /alerts/{alert.Id}.atom)"));
            if (alert.Webhook is not null)
                o.WriteLine($"webhook: {alert.Webhook}\nsecret: {alert.Secret}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove()
    {
        var store = new StoreOptions();
        var id = new Argument<long>("id") { Description = "The alert's id (see 'marsad alerts list')." };
        var command = new Command("remove", "Delete an alert and its recorded matches.") { id };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            if (!await AlertStore.For(articleStore).RemoveAsync(parse.GetValue(id), cancellationToken).ConfigureAwait(false))
            {
                CliConsole.Error(string.Create(CultureInfo.InvariantCulture, $"alerts remove: no alert {parse.GetValue(id)} in {articleStore.Description}"));
                return ExitCodes.InputError;
            }
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alert {parse.GetValue(id)} removed"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Feed()
    {
        var store = new StoreOptions();
        var id = new Argument<long>("id") { Description = "The alert's id." };
        var limit = new Option<int>("--limit") { Description = "Newest matches listed (default 50, at most 1000).", DefaultValueFactory = _ => 50 };
        var command = new Command("feed", "Print an alert's Atom feed (matching new articles first).") { id, limit };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var alerts = AlertStore.For(articleStore);
            if (await alerts.GetAsync(parse.GetValue(id), cancellationToken).ConfigureAwait(false) is not { } alert)
            {
                CliConsole.Error(string.Create(CultureInfo.InvariantCulture, $"alerts feed: no alert {parse.GetValue(id)} in {articleStore.Description}"));
                return ExitCodes.InputError;
            }
            await alerts.MatchNewArticlesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var matches = await alerts.GetMatchesAsync(alert.Id, parse.GetValue(limit), cancellationToken).ConfigureAwait(false);
            using var o = CliConsole.OpenStdout();
            o.Write(AlertFeed.Write(alert, matches));
            o.WriteLine();
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Queries;
using Marsad.Web.Api;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad entities [NAME] [--type T] [filters] [--json]</c>: the most reported entities with their counts, spellings and
/// co-mentioned entities; with NAME (any spelling, or a key), that one entity (as <c>GET /api/entities/{key}</c>).
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var list = new ListOptions();
        var name = new Argument<string?>("NAME") { Description = "One entity: any spelling of its name, or its key.", Arity = ArgumentArity.ZeroOrOne };
        var type = new Option<string?>("--type") { Description = "Only PER, LOC, ORG or MISC." };
        type.AcceptOnlyFromAmong("PER", "LOC", "ORG", "MISC");
        var command = new Command("entities", "List the entities in the news (counts, spellings, Latin names, co-mentions), or show one.") { name, type };
        store.AddTo(command);
        list.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var news = NewsQueries.Of(articleStore);
            var json = parse.GetValue(list.Json);
            if (parse.GetValue(name) is { } one && !string.IsNullOrWhiteSpace(one))
            {
                var entity = await EntityResponse.LoadAsync(news, one,
                    new EntityProfileOptions { ArticleLimit = parse.GetValue(list.Limit), ArticleOffset = parse.GetValue(list.Offset) },
                    parse.GetValue(list.Limit), 0, cancellationToken).ConfigureAwait(false);
                if (entity is null)
                {
                    CliConsole.Error($"no entity '{one}' in {articleStore.Description}");
                    return ExitCodes.InputError;
                }
                if (json)
                    ListOptions.WriteJson(entity);
                else
                    WriteEntity(entity);
                return ExitCodes.Success;
            }
            var page = await news.ListEntitiesAsync(new EntityQuery
            {
                Filter = store.Filter(parse),
                Type = parse.GetValue(type),
                Limit = parse.GetValue(list.Limit),
                Offset = parse.GetValue(list.Offset),
            }, cancellationToken).ConfigureAwait(false);
            if (json)
            {
                ListOptions.WriteJson(page);
                return ExitCodes.Success;
            }
            using var o = CliConsole.OpenStdout();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Total} entities; {page.Offset + 1}–{page.Offset + page.Items.Count}:"));
            foreach (var e in page.Items)
            {
                var profile = await news.GetEntityAsync(e.Key, new EntityProfileOptions { ArticleLimit = 1, CoMentionLimit = 5 }, cancellationToken).ConfigureAwait(false);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{e.Name}\t{e.Type}\t{e.Latin ?? "-"}\t{e.Articles} articles\t{e.Mentions} mentions\tspellings: {string.Join(" | ", e.Variants)}"));
                if (profile is { CoMentioned.Count: > 0 })
                    o.WriteLine("\twith: " + string.Join(", ", profile.CoMentioned.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Articles})"))));
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteEntity(EntityResponse r)
    {
        using var o = CliConsole.OpenStdout();
        var e = r.Entity;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Name}  ({e.Type}{(e.Latin is null ? "" : ", " + e.Latin)})  key {e.Key}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Articles} articles, {e.Mentions} mentions, {r.Quotes.Total} quotes"));
        o.WriteLine("spellings: " + string.Join(" | ", r.Spellings.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Text} ×{s.Mentions}"))));
        o.WriteLine("per day: " + string.Join(" ", r.Days.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Day}:{d.Count}"))));
        o.WriteLine("with: " + string.Join(", ", r.CoMentioned.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Articles})"))));
        foreach (var q in r.Quotes.Items)
            o.WriteLine($"  «{q.Text}» — {q.Cue}{(q.Via is null ? "" : " via " + q.Via)} [{q.Article.Source} {q.Article.Published}]");
    }
}

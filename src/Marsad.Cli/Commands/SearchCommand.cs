using System.CommandLine;
using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad search QUERY [filters] [--json]</c> and <c>marsad search --queries PATH|-</c>: Arabic-aware full-text search
/// with BM25 ranking, phrases, filters, facets, highlighted snippets, sorting and paging (INTERFACES.md).
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Free Arabic text. \"Quotes\" (or «guillemets») make a phrase; -word excludes a word. Empty lists the newest articles.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var store = new StoreOptions();
        var limit = new Option<int>("--limit", "-n") { Description = "Hits per page (default 10, at most 1000).", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "Hits to skip, for paging." };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance (default; newest first for an empty query) or date (newest first)." };
        var match = new Option<MatchMode>("--match") { Description = "any (default: any word may match, more matches rank higher) or all (every word must occur)." };
        var plain = new Option<bool>("--plain") { Description = "Read the query as plain words (quotes and minus signs are text): for pasted headlines." };
        var json = new Option<bool>("--json") { Description = "Print JSON: {\"total\",\"hits\":[…],\"facets\":{…}}." };
        var queries = new Option<string?>("--queries")
        {
            Description = "Run many queries: a JSON-lines file (or - for standard input) of {\"qid\",\"query\"} with optional from, to, source, agency, topic, entity, limit, offset, sort, match, plain; prints one {\"qid\",\"total\",\"hits\"} line per query, in input order.",
        };
        var command = new Command("search", "Search stored articles: BM25 ranking over Marsad's Arabic search terms, phrases, filters, facets and highlighted snippets.")
        {
            query, limit, offset, sort, match, plain, json, queries,
        };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = string.Join(' ', parse.GetValue(query) ?? []);
            var batch = parse.GetValue(queries);
            if (batch is not null && text.Length > 0)
            {
                CliConsole.Error("give either a QUERY or --queries, not both");
                return ExitCodes.Usage;
            }
            var request = new SearchRequest
            {
                Query = text,
                Filter = store.Filter(parse),
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
                Sort = parse.GetValue(sort),
                Match = parse.GetValue(match),
                PlainText = parse.GetValue(plain),
            };
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            if (batch is not null)
                return await SearchBatch.RunAsync(articleStore, batch, request with { IncludeFacets = false }, cancellationToken).ConfigureAwait(false);
            var results = await articleStore.SearchAsync(request, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                using var writer = new Utf8JsonWriter(stdout, SearchJson.Options);
                SearchJson.WriteResults(writer, results);
                writer.Flush();
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                SearchText.Write(results, request);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export [--format jsonl|csv|parquet] [--out PATH] [filters]</c>: stored articles out, with the search filters.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (default: the full INTERFACES.md record per line), csv (one row per article), parquet (columns; needs --out).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: standard output)." };
        var query = new Option<string?>("--query", "-q") { Description = "Only articles matching this search query." };
        var command = new Command("export", "Export stored articles as JSON lines, CSV or Parquet, with the same filters as search.") { format, output, query };
        store.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kind = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            if (kind == "parquet" && (path is null || path == "-"))
            {
                CliConsole.Error("--format parquet needs --out PATH (Parquet is a binary file format)");
                return ExitCodes.Usage;
            }
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var articles = articleStore.ExportAsync(store.Filter(parse), parse.GetValue(query), cancellationToken);
            var temp = path is null || path == "-" ? null : path + ".partial";
            long count;
            try
            {
                await using (var stream = temp is null ? Console.OpenStandardOutput() : OpenOutput(temp))
                {
                    count = kind switch
                    {
                        "csv" => await ArticleExport.WriteCsvAsync(articles, stream, cancellationToken).ConfigureAwait(false),
                        "parquet" => await ArticleExport.WriteParquetAsync(articles, stream, cancellationToken).ConfigureAwait(false),
                        _ => await ArticleExport.WriteJsonlAsync(articles, stream, cancellationToken).ConfigureAwait(false),
                    };
                }
                // a finished export replaces the file at once; an interrupted one never leaves a truncated file behind
                if (temp is not null)
                    File.Move(temp, path!, overwrite: true);
            }
            finally
            {
                if (temp is not null && File.Exists(temp))
                    File.Delete(temp);
            }
            if (path is not null && path != "-")
                CliConsole.Error($"exported {count} articles to {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static FileStream OpenOutput(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{path}: cannot write: {e.Message}", e);
        }
    }
}

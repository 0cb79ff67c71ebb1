using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis;
using Marsad.Sources;
using Marsad.Storage;
using Marsad.Storage.Ingestion;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH... [--db URI] [--in …] [--jobs N]</c>: analyze and store articles (INTERFACES.md).</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.InputPaths();
        var format = CommonOptions.InputFormat();
        var store = new StoreOptions();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Articles analyzed in parallel (default: one per processor). Storage stays single-writer and in input order.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
                r.AddError("--jobs must be between 1 and 256");
        });
        var batch = new Option<int>("--batch-size")
        {
            Description = "Articles per transaction (default 256).",
            DefaultValueFactory = _ => 256,
        };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100_000)
                r.AddError("--batch-size must be between 1 and 100000");
        });
        var enqueue = new Option<bool>("--enqueue")
        {
            Description = "Shared mode: only queue the documents for 'marsad worker' processes (needs --db postgres://…).",
        };
        var command = new Command("ingest", "Read, analyze and store articles. Re-ingesting the same article is a no-op; a changed one replaces its older version.")
        {
            paths, format, jobs, batch, enqueue,
        };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(paths) is { Length: > 0 } p ? p : ["-"];
            var readErrors = 0;
            var documents = DocumentReader.Read(inputs, parse.GetValue(format), e =>
            {
                Interlocked.Increment(ref readErrors);
                CliConsole.Error(e.Message);
            }, cancellationToken);
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: true, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(enqueue))
                return await IngestEnqueue.RunAsync(articleStore, documents, () => readErrors, cancellationToken).ConfigureAwait(false);
            var ingestor = new ArticleIngestor(articleStore, ArticlePipeline.CreateDefault(),
                new IngestOptions { Jobs = parse.GetValue(jobs), BatchSize = parse.GetValue(batch), OnStepFailure = (d, steps) => CliConsole.Error(IngestMessages.StepsFailed(d, steps)) });
            var clock = Stopwatch.StartNew();
            void OnFailure(Marsad.Extraction.RawDocument d, Exception e) =>
                CliConsole.Error(IngestMessages.CannotAnalyze(d, e));
            var summary = await IngestProgress.RunAsync(
                progress => ingestor.RunAsync(documents, OnFailure, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
            clock.Stop();
            var alertMatches = await IngestEnqueue.MatchAlertsAsync(articleStore, cancellationToken).ConfigureAwait(false);
            var failed = summary.Failed + readErrors;
            var rate = summary.Read / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Read} read: {summary.Added} added, {summary.Updated} updated, {summary.Skipped} skipped, {failed} failed ({clock.Elapsed.TotalSeconds:0.0} s, {rate:0} articles/s) into {articleStore.Description}"));
            if (summary.Incomplete > 0)
                CliConsole.Error(string.Create(CultureInfo.InvariantCulture, $"{summary.Incomplete} articles were stored without the findings of an analysis step that failed on them (named above); 'marsad reanalyze' redoes them once fixed"));
            if (alertMatches > 0)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{alertMatches} new alert matches (webhooks go out with 'marsad alerts run', workers or 'watch')"));
            if (failed > 0)
                return summary.Read > 0 ? ExitCodes.PartialFailure : ExitCodes.InputError;
            return ExitCodes.Success;
        });
        return command;
    }
}

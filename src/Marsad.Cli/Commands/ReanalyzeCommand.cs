using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Analysis;
using Marsad.Storage;
using Marsad.Storage.Maintenance;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad reanalyze [--db …]</c>: re-analyzes every stored article from its raw document after a model update;
/// resumable (an interrupted run continues where it stopped).
/// </summary>
internal static class ReanalyzeCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles analyzed in parallel (default: one per processor).", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 256)
                r.AddError("--jobs must be between 1 and 256");
        });
        var restart = new Option<bool>("--restart") { Description = "Start again from the first article even if an earlier run was interrupted (default: resume it)." };
        var command = new Command("reanalyze", "Re-analyze every stored article with the current models (after an update). Resumable: an interrupted run continues where it stopped.")
        {
            jobs, restart,
        };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            var failed = 0;
            var reanalyzer = new Reanalyzer(articleStore, ArticlePipeline.CreateDefault(), parse.GetValue(jobs))
            {
                OnFailure = (id, e) =>
                {
                    Interlocked.Increment(ref failed);
                    CliConsole.Error($"{id}: cannot re-analyze (the stored version is kept): {e.Message}");
                },
            };
            var clock = Stopwatch.StartNew();
            var lastShown = TimeSpan.Zero;
            var progress = new Progress(s =>
            {
                // progress on a terminal only, at most twice a second
                if (!CliConsole.IsInteractive || clock.Elapsed - lastShown < TimeSpan.FromMilliseconds(500))
                    return;
                lastShown = clock.Elapsed;
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{s.Processed:N0} of {s.Total:N0} re-analyzed ({s.Processed / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):0}/s)   "));
            });
            var summary = await reanalyzer.RunAsync(parse.GetValue(restart), progress, cancellationToken).ConfigureAwait(false);
            if (CliConsole.IsInteractive)
                Console.Error.WriteLine();
            var resumed = summary.ResumedAfter is { } after ? string.Create(CultureInfo.InvariantCulture, $" (resumed after article key {after})") : "";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Processed} re-analyzed{resumed}: {summary.Updated} updated, {summary.WithoutRaw} without a raw document (kept), {summary.Failed} failed (kept) ({clock.Elapsed.TotalSeconds:0.0} s) in {articleStore.Description}"));
            return summary.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Synchronous progress (System.Progress posts to the thread pool, out of order).</summary>
    private sealed class Progress(Action<ReanalyzeSummary> report) : IProgress<ReanalyzeSummary>
    {
        public void Report(ReanalyzeSummary value) => report(value);
    }
}

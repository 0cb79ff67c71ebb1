using Marsad.Storage.Ingestion;
using Spectre.Console;

namespace Marsad.Cli;

/// <summary>Shows an ingest's progress on a terminal (standard error), and nothing when output is redirected.</summary>
internal static class IngestProgress
{
    public static async Task<IngestSummary> RunAsync(Func<IProgress<IngestSummary>?, Task<IngestSummary>> run, CancellationToken cancellationToken)
    {
        if (!CliConsole.IsInteractive)
            return await run(null).ConfigureAwait(false);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? result = null;
        await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new ProgressBarColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading…");
                task.IsIndeterminate = true;
                var started = DateTime.UtcNow;
                var progress = new Progress<IngestSummary>(s =>
                {
                    var rate = s.Read / Math.Max((DateTime.UtcNow - started).TotalSeconds, 1e-3);
                    task.Description = Markup.Escape(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{s.Read} read · {s.Added} added · {s.Updated} updated · {s.Skipped} skipped · {s.Failed} failed · {rate:0}/s"));
                });
                result = await run(progress).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return result!;
    }
}

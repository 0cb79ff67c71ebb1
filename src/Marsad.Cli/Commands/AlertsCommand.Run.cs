using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Storage;
using Marsad.Storage.Alerts;

namespace Marsad.Cli.Commands;

internal static partial class AlertsCommand
{
    private static Command Run()
    {
        var store = new StoreOptions();
        var wait = Durations.Option("--wait", "Keep retrying failed webhooks until all are delivered or given up, for at most this long", TimeSpan.Zero);
        var retry = Durations.Option("--retry-delay", "First delay before a failed webhook is tried again (doubling per attempt)", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(10));
        var attempts = new Option<int>("--max-attempts") { Description = "Attempts before a webhook delivery is given up (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("run", "Match newly stored articles against every alert and send due webhooks now (workers and 'watch' do this by themselves).") { wait, retry, attempts };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var articleStore = await ArticleStore.OpenAsync(parse.GetValue(store.Database), create: false, cancellationToken).ConfigureAwait(false);
            using var processor = new AlertProcessor(articleStore, new AlertProcessorOptions { RetryDelay = parse.GetValue(retry), MaxAttempts = Math.Max(1, parse.GetValue(attempts)) });
            processor.OnDelivery = (d, error) =>
            {
                if (error is not null)
                    CliConsole.Error($"alert {d.Alert.Id}: webhook {d.Alert.Webhook} failed for article {d.Article.Id} (attempt {d.Attempt}): {error}");
            };
            var alerts = AlertStore.For(articleStore);
            var clock = Stopwatch.StartNew();
            int matched = 0, sent = 0, failed = 0;
            while (true)
            {
                var (m, s, f) = await processor.RunOnceAsync(cancellationToken).ConfigureAwait(false);
                matched += m;
                sent += s;
                failed += f;
                var pending = (await alerts.CountAsync(cancellationToken).ConfigureAwait(false)).Values.Sum(c => c.Pending);
                if (pending == 0 || clock.Elapsed >= parse.GetValue(wait))
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{matched} new matches; webhooks: {sent} delivered, {failed} failed attempts, {pending} waiting for a retry"));
                    return pending == 0 ? ExitCodes.Success : ExitCodes.PartialFailure;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(250, parse.GetValue(retry).TotalMilliseconds)), cancellationToken).ConfigureAwait(false);
            }
        });
        return command;
    }
}

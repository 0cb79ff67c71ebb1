using Marsad.Storage;
using Marsad.Storage.Alerts;

namespace Marsad.Cli;

/// <summary>Runs the alert work (matching new articles, sending webhooks) every few seconds beside a long-running command.</summary>
internal static class AlertsLoop
{
    public static async Task RunAsync(IArticleStore store, TimeSpan interval, CancellationToken stopping)
    {
        using var processor = new AlertProcessor(store);
        processor.OnDelivery = (d, error) =>
        {
            if (error is not null)
                DaemonLog.Write($"alert {d.Alert.Id}: webhook {d.Alert.Webhook} failed for article {d.Article.Id} (attempt {d.Attempt}): {error}");
        };
        while (!stopping.IsCancellationRequested)
        {
            await RunOnceAsync(processor, stopping).ConfigureAwait(false);
            try
            {
                await Task.Delay(interval, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        // a last pass so that the final batch's matches are recorded before the process ends
        using var last = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await RunOnceAsync(processor, last.Token).ConfigureAwait(false);
    }

    private static async Task RunOnceAsync(AlertProcessor processor, CancellationToken cancellationToken)
    {
        try
        {
            var (matched, sent, _) = await processor.RunOnceAsync(cancellationToken).ConfigureAwait(false);
            if (matched > 0 || sent > 0)
                DaemonLog.Write($"alerts: {matched} new matches, {sent} webhooks delivered");
        }
        catch (OperationCanceledException)
        {
        }
        catch (StoreException e)
        {
            DaemonLog.Write("alerts: " + e.Message);
        }
    }
}

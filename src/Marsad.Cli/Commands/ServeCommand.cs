using System.CommandLine;
using System.Globalization;
using System.Net.Sockets;
using Marsad.Analysis;
using Marsad.Sources;
using Marsad.Storage;
using Marsad.Storage.Ingestion;
using Marsad.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad serve [--db URI] [--urls URL] [--sample]</c>: the HTTP API and the web UI over a store, on loopback by
/// default. <c>--sample</c> first ingests the bundled sample into its own store (once; later runs find it stored and
/// start at once), so one command takes a new user from nothing to a useful page.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where <c>--sample</c> keeps its store unless <c>--db</c> says otherwise.</summary>
    public const string SampleStore = "marsad-data/sample.db";

    public static Command Create()
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default http://127.0.0.1:8080, this machine only). Use http://0.0.0.0:8080 to serve other machines.",
            DefaultValueFactory = _ => "http://127.0.0.1:8080",
        };
        var sample = new Option<bool>("--sample")
        {
            Description = $"Ingest the bundled sample articles first (into ./{SampleStore} unless --db is given); quick when already done.",
        };
        var command = new Command("serve", "Serve the HTTP API and the Arabic web UI over a store.") { urls, sample };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = parse.GetValue(store.Database);
            if (parse.GetValue(sample))
            {
                db ??= Path.Combine(".", SampleStore);
                var code = await IngestSampleAsync(db, cancellationToken).ConfigureAwait(false);
                if (code != ExitCodes.Success)
                    return code;
            }
            var listen = parse.GetValue(urls)!;
            var app = MarsadWebApp.Build(["--urls", listen], builder =>
            {
                if (db is not null)
                    builder.Configuration["Marsad:Db"] = db;
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
                {
                    CliConsole.Error($"cannot listen on {listen}: {e.Message} (pass another address with --urls, e.g. --urls http://127.0.0.1:8081)");
                    return ExitCodes.Usage;
                }
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                var articles = app.Services.GetRequiredService<IArticleStore>();
                Console.Out.WriteLine($"Marsad is serving {articles.Description}");
                foreach (var address in addresses)
                    Console.Out.WriteLine($"  open {address}/   (API reference: {address}/scalar)");
                Console.Out.WriteLine("Press Ctrl+C to stop.");
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Ingests the sample files shipped next to the command (already stored articles are skipped without analysis).</summary>
    private static async Task<int> IngestSampleAsync(string db, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith("LICENSE.txt", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            CliConsole.Error($"the bundled sample is missing ({folder}); reinstall Marsad or use --db with a store you ingested");
            return ExitCodes.InputError;
        }
        await using var articleStore = await ArticleStore.OpenAsync(db, create: true, cancellationToken).ConfigureAwait(false);
        var errors = 0;
        var documents = DocumentReader.Read(files, InputFormat.Auto, e =>
        {
            Interlocked.Increment(ref errors);
            CliConsole.Error(e.Message);
        }, cancellationToken);
        var ingestor = new ArticleIngestor(articleStore, ArticlePipeline.CreateDefault());
        var summary = await IngestProgress.RunAsync(progress => ingestor.RunAsync(documents, (d, e) =>
        {
            Interlocked.Increment(ref errors);
            CliConsole.Error($"{d.Origin ?? d.Id ?? "a sample document"}: cannot analyze: {e.Message}");
        }, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sample: {summary.Added} added, {summary.Skipped} already stored, {summary.Failed + errors} failed into {articleStore.Description}"));
        return ExitCodes.Success;
    }
}

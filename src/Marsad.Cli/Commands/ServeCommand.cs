using System.CommandLine;
using System.Globalization;
using System.Net.Sockets;
using Marsad.Analysis;
using Marsad.Sources;
using Marsad.Storage;
using Marsad.Storage.Ingestion;
using Marsad.Web;
using Marsad.Web.Hosting;
using Marsad.Extraction;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad serve [--db URI] [--urls URL] [--sample]</c>: the HTTP API and the web UI over a store, on loopback by
/// default. <c>--sample</c> serves the bundled sample from its own store: the server starts listening at once and the
/// sample articles not stored yet are analyzed and stored in the background (the home page shows the progress and fills
/// as they arrive); a later run finds them all stored by content hash, loads no model and analyzes nothing.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where <c>--sample</c> keeps its store unless <c>--db</c> says otherwise.</summary>
    public const string SampleStore = "marsad-data/sample.db";

    /// <summary>Sample articles stored per transaction: small, so the pages fill while the rest is analyzed.</summary>
    private const int SampleBatch = 32;

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
            Description = $"Serve the bundled sample articles (from ./{SampleStore} unless --db is given), storing those not stored yet in the background.",
        };
        var command = new Command("serve", "Serve the HTTP API and the Arabic web UI over a store.") { urls, sample };
        store.AddTo(command, filters: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = parse.GetValue(store.Database);
            IReadOnlyList<RawDocument> pending = [];
            var alreadyStored = 0;
            if (parse.GetValue(sample))
            {
                db ??= Path.Combine(".", SampleStore);
                var (code, todo, stored) = await PrepareSampleAsync(db, cancellationToken).ConfigureAwait(false);
                if (code != ExitCodes.Success)
                    return code;
                (pending, alreadyStored) = (todo, stored);
            }
            var listen = parse.GetValue(urls)!;
            var loading = new StoreLoading();
            if (pending.Count > 0)
                loading.Start(pending.Count); // before the first request: the home page says "loading", not "empty"
            var app = MarsadWebApp.Build(["--urls", listen], builder =>
            {
                if (db is not null)
                    builder.Configuration["Marsad:Db"] = db;
                builder.Services.AddSingleton(loading);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                // keys for a local, read-only UI: the "stored unencrypted" notice is noise in a new user's terminal
                builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
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
                Task background = Task.CompletedTask;
                if (pending.Count > 0)
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"sample: storing {pending.Count} articles in the background ({alreadyStored} already stored); the home page shows the progress"));
                    background = Task.Run(() => IngestSampleAsync(articles, pending, loading, cancellationToken), CancellationToken.None);
                }
                else if (parse.GetValue(sample))
                {
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sample: all {alreadyStored} articles already stored"));
                }
                Console.Out.WriteLine("Press Ctrl+C to stop.");
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                await background.ConfigureAwait(false); // stops after the batch being stored (everything committed stays)
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Creates the sample store if needed and reads the sample files shipped next to the command; returns the documents
    /// whose content hash is not stored yet (a second run finds none, before any model is loaded).
    /// </summary>
    private static async Task<(int Code, IReadOnlyList<RawDocument> Pending, int Stored)> PrepareSampleAsync(string db, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith("LICENSE.txt", StringComparison.Ordinal) || f.EndsWith(".gz", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            CliConsole.Error($"the bundled sample is missing ({folder}); reinstall Marsad or use --db with a store you ingested");
            return (ExitCodes.InputError, [], 0);
        }
        await using var articleStore = await ArticleStore.OpenAsync(db, create: true, cancellationToken).ConfigureAwait(false);
        var documents = DocumentReader.Read(files, InputFormat.Auto, e => CliConsole.Error(e.Message), cancellationToken).ToList();
        var hashes = documents.Select(ContentHash.Of).ToList();
        var stored = await articleStore.FindStoredContentHashesAsync(hashes.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var pending = documents.Where((_, i) => !stored.Contains(hashes[i])).ToList();
        return (ExitCodes.Success, pending, documents.Count - pending.Count);
    }

    /// <summary>Analyzes and stores <paramref name="documents"/> while the server runs, reporting to <paramref name="loading"/>.</summary>
    private static async Task IngestSampleAsync(IArticleStore store, IReadOnlyList<RawDocument> documents, StoreLoading loading, CancellationToken cancellationToken)
    {
        var errors = 0;
        try
        {
            // the models load here, on the background thread, not before the server listens
            var ingestor = new ArticleIngestor(store, ArticlePipeline.CreateDefault(), new IngestOptions { BatchSize = SampleBatch, OnStepFailure = (d, steps) => CliConsole.Error(IngestMessages.StepsFailed(d, steps)) });
            var progress = new Progress<IngestSummary>(s => loading.Report(s.Added + s.Updated + s.Skipped + s.Failed));
            var summary = await ingestor.RunAsync(documents, (d, e) =>
            {
                Interlocked.Increment(ref errors);
                CliConsole.Error(IngestMessages.CannotAnalyze(d, e));
            }, progress, cancellationToken).ConfigureAwait(false);
            loading.Finish();
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"sample: {summary.Added} added, {summary.Skipped} already stored, {summary.Failed} failed — ready"));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            loading.Fail("stopped");
        }
        catch (Exception e) when (e is StoreException or IOException or InvalidDataException)
        {
            loading.Fail(e.Message);
            CliConsole.Error($"sample: storing stopped: {e.Message}");
        }
    }
}

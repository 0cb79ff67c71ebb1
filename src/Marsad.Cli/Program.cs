using System.CommandLine;
using Marsad.Cli;
using Marsad.Cli.Commands;

var root = new RootCommand("Marsad (مرصد): Arabic news intelligence — extract, analyze, store and search Arabic news.")
{
    AnalyzeCommand.Create(),
    TermsCommand.Create(),
    NerCommand.Create(),
    NamesCommand.Create(),
    IngestCommand.Create(),
    SearchCommand.Create(),
    ExportCommand.Create(),
    StatsCommand.Create(),
    StoriesCommand.Create(),
    StoryCommand.Create(),
    EntitiesCommand.Create(),
    QuotesCommand.Create(),
    EventsCommand.Create(),
    ServeCommand.Create(),
    WorkerCommand.Create(),
    QueueCommand.Create(),
    AlertsCommand.Create(),
    WatchCommand.Create(),
    ReanalyzeCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
{
    foreach (var error in parse.Errors)
        CliConsole.Error(error.Message);
    CliConsole.Error("see 'marsad --help'");
    return ExitCodes.Usage;
}

try
{
    // SIGTERM/Ctrl+C cancel the command's token; long-running commands (worker, watch) get time to finish the batch in hand
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
}
catch (OperationCanceledException)
{
    CliConsole.Error("cancelled");
    return ExitCodes.Cancelled;
}
catch (Marsad.Storage.StoreException e)
{
    CliConsole.Error(e.Message);
    return ExitCodes.StoreError;
}
catch (Marsad.Storage.SearchQueryException e)
{
    CliConsole.Error(e.Message);
    return ExitCodes.Usage;
}
catch (Marsad.Sources.InputException e)
{
    CliConsole.Error(e.Message);
    return ExitCodes.InputError;
}
catch (IOException e)
{
    CliConsole.Error(e.Message);
    return ExitCodes.InputError;
}
catch (Exception e) when (Environment.GetEnvironmentVariable("MARSAD_DEBUG") is null)
{
    // never a stack trace for users; MARSAD_DEBUG=1 shows it
    CliConsole.Error($"internal error: {e.GetType().Name}: {e.Message} (set MARSAD_DEBUG=1 for details)");
    return ExitCodes.PartialFailure;
}

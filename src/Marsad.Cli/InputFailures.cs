namespace Marsad.Cli;

/// <summary>Counts the inputs (files, lines, records) a command could not read; each was reported on standard error.</summary>
internal sealed class InputFailures
{
    public int Count { get; set; }

    /// <summary>The exit code for a run that produced <paramref name="produced"/> results: 0, 1 (partial) or 3 (nothing readable).</summary>
    public int ExitCode(int produced) => Count == 0 ? ExitCodes.Success : produced > 0 ? ExitCodes.PartialFailure : ExitCodes.InputError;
}

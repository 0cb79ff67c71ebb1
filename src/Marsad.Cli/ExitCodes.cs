namespace Marsad.Cli;

/// <summary>The exit codes of every marsad command (README, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The command ran, but some inputs failed (each was reported on standard error).</summary>
    public const int PartialFailure = 1;

    /// <summary>The command line itself is wrong: unknown option, bad value.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read at all (missing, unreadable, wrong format).</summary>
    public const int InputError = 3;

    /// <summary>The store could not be opened or written (corrupt file, server down).</summary>
    public const int StoreError = 4;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}

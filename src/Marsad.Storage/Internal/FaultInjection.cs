using System.Diagnostics;
using System.Globalization;

namespace Marsad.Storage.Internal;

/// <summary>
/// Lets the crash-safety test kill the process at an exact point: with MARSAD_FAULT_KILL_AFTER_ROWS=N set, the process
/// kills itself (SIGKILL, no clean-up of any kind) after writing N rows inside an open transaction. Unset, it costs one
/// branch per row.
/// </summary>
internal static class FaultInjection
{
    private static readonly long KillAfter = long.TryParse(Environment.GetEnvironmentVariable("MARSAD_FAULT_KILL_AFTER_ROWS"),
        NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    private static long _rows;

    public static void AfterRowWritten()
    {
        if (KillAfter >= 0 && Interlocked.Increment(ref _rows) >= KillAfter)
            Process.GetCurrentProcess().Kill();
    }
}

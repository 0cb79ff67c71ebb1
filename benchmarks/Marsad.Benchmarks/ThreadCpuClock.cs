using System.Runtime.InteropServices;

namespace Marsad.Benchmarks;

/// <summary>
/// CPU time of the calling thread with nanosecond resolution (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)). On the
/// shared build machine wall time counts the time the scheduler gives to other builds; the thread's CPU time does
/// not. <see cref="System.Diagnostics.Process.TotalProcessorTime"/> ticks in 10 ms steps there, too coarse for
/// passes of a few tens of milliseconds. Falls back to the process's time elsewhere.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>Seconds of CPU the current thread has used.</summary>
    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var ts) == 0)
            return ts.Seconds + (ts.Nanoseconds * 1e-9);
        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}

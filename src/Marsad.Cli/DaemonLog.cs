using System.Globalization;

namespace Marsad.Cli;

/// <summary>The log of long-running commands (worker, watch): one time-stamped line per event on standard error.</summary>
internal static class DaemonLog
{
    public static void Write(string message) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"marsad: {DateTime.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'} {message}"));
}

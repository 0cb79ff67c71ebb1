using System.Text;

namespace Marsad.Cli;

/// <summary>Standard streams for commands: UTF-8 always, buffered output, and errors that name the input.</summary>
internal static class CliConsole
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A buffered UTF-8 writer on standard output; dispose (or flush) it before returning.</summary>
    public static StreamWriter OpenStdout() =>
        new(Console.OpenStandardOutput(), Utf8, bufferSize: 1 << 16) { AutoFlush = false, NewLine = "\n" };

    /// <summary>A UTF-8 reader on standard input.</summary>
    public static TextReader OpenStdin() => new StreamReader(Console.OpenStandardInput(), Utf8, detectEncodingFromByteOrderMarks: true);

    /// <summary>Opens PATH, or standard input for "-" or no path, as UTF-8 text.</summary>
    public static TextReader OpenText(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
            return OpenStdin();
        return new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
    }

    /// <summary>Writes "marsad: <paramref name="message"/>" to standard error.</summary>
    public static void Error(string message) => Console.Error.WriteLine("marsad: " + message);

    /// <summary>True when standard error is a terminal, so progress can be drawn there.</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && !Console.IsOutputRedirected;
}

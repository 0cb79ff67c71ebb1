using System.Diagnostics;
using System.Text;

namespace Marsad.Testing;

/// <summary>Runs the real marsad command (marsad.dll next to the test assembly) as a child process.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>marsad</c> with <paramref name="args"/>, feeding <paramref name="stdin"/> if given.</summary>
    public static Result Run(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null,
        IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException("marsad.dll is not next to the tests; reference Marsad.Cli from the test project", dll);
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? SharedData.RepositoryRoot,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        if (environment is not null)
        {
            foreach (var (k, v) in environment)
                psi.Environment[k] = v;
        }
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start dotnet");
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("marsad " + string.Join(' ', args) + " did not finish in time");
        }
        return new Result(process.ExitCode, stdoutTask.GetAwaiter().GetResult(), stderrTask.GetAwaiter().GetResult());
    }

    public static Result Run(params string[] args) => Run((IEnumerable<string>)args);
}

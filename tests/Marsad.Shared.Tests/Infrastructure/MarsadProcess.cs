using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Marsad.Testing;

namespace Marsad.Shared.Tests.Infrastructure;

/// <summary>
/// A long-running marsad command (worker, watch) as a real child process, with its output captured, that a test can
/// stop gracefully (SIGTERM) or kill (SIGKILL). Disposing kills it if it still runs.
/// </summary>
internal sealed class MarsadProcess : IDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private MarsadProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Stdout
    {
        get
        {
            lock (_stdout)
                return _stdout.ToString();
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    public static MarsadProcess Start(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = SharedData.RepositoryRoot,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
            psi.Environment[k] = v;
        return new MarsadProcess(Process.Start(psi) ?? throw new InvalidOperationException("cannot start dotnet"));
    }

    /// <summary>SIGTERM: the process should finish what it holds and exit.</summary>
    public void Terminate()
    {
        if (!_process.HasExited && Kill(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException("kill(SIGTERM) failed: " + Marshal.GetLastPInvokeError());
    }

    /// <summary>SIGKILL: no clean-up of any kind.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
            _process.Kill();
        _process.WaitForExit(10_000);
    }

    /// <summary>Waits at most <paramref name="timeout"/> for the process to end (then for its output to be read).</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
            return false;
        _process.WaitForExit();
        return true;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    public override string ToString() => $"pid {Id}: {Stderr}";

    private static void Append(StringBuilder sb, string? line)
    {
        if (line is null)
            return;
        lock (sb)
            sb.AppendLine(line);
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the test project for one call
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}

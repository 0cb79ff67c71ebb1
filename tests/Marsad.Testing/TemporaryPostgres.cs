using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Xunit;

namespace Marsad.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests and harnesses: <c>initdb</c> into a temporary folder and <c>pg_ctl start</c> on a
/// free loopback port, using the server binaries under /usr/lib/postgresql/*/bin (Debian's <c>postgresql</c> package,
/// which <c>./test</c> installs). As root, the server runs as the <c>postgres</c> user. Dispose stops it and deletes
/// everything. <see cref="StartOrSkip"/> skips a test when the binaries are missing, and fails under CI=true.
/// </summary>
public sealed class TemporaryPostgres : IDisposable
{
    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgresUser;
    private bool _stopped;

    private TemporaryPostgres(string bin)
    {
        _bin = bin;
        _asPostgresUser = IsRoot();
        _root = Path.Combine(Path.GetTempPath(), "marsad-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(_root);
        if (_asPostgresUser)
            Run("chown", ["postgres", _root], asPostgres: false);
        Port = FreePort();
        Run(Path.Combine(_bin, "initdb"), ["-D", DataDirectory, "-A", "trust", "-U", "marsad", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-l", Path.Combine(_root, "log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"]);
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>A connection string for <paramref name="database"/> (the server's default database is "postgres").</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=marsad;Database={database};Pooling=true;Timeout=30";

    /// <summary>The folder with initdb and pg_ctl, or null when PostgreSQL's server binaries are not installed.</summary>
    public static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
            return null;
        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
            .OrderByDescending(d => d, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Starts a server, or returns null when the binaries are missing (the caller skips; CI=true throws).</summary>
    public static TemporaryPostgres? TryStart()
    {
        var bin = FindBinaries();
        if (bin is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; CI=true requires them (./test installs the postgresql package)");
            return null;
        }
        return new TemporaryPostgres(bin);
    }

    /// <summary>Skips the calling test when <paramref name="server"/> is null (no PostgreSQL installed).</summary>
    public static TemporaryPostgres Require(TemporaryPostgres? server)
    {
        if (server is null)
            Assert.Skip("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (install the postgresql package, or run ./test)");
        return server!;
    }

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public string CreateDatabase(string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N")[..12];
        Run(Path.Combine(_bin, "createdb"), ["-h", _root, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "marsad", name]);
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once (as a crash would look to clients) without deleting its data.</summary>
    public void Stop(string mode = "immediate")
    {
        if (_stopped)
            return;
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-m", mode, "-w", "stop"]);
        _stopped = true;
    }

    /// <summary>Starts a stopped server again on the same port.</summary>
    public void Restart()
    {
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", DataDirectory, "-l", Path.Combine(_root, "log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"]);
        _stopped = false;
    }

    public void Dispose()
    {
        try
        {
            Stop("immediate");
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Run(string file, IReadOnlyList<string> args, bool asPostgres = true)
    {
        var psi = new ProcessStartInfo(asPostgres && _asPostgresUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _root,
        };
        if (asPostgres && _asPostgresUser)
        {
            foreach (var a in (ReadOnlySpan<string>)["-u", "postgres", "--", file])
                psi.ArgumentList.Add(a);
        }
        foreach (var a in args)
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{file} did not finish in 2 minutes");
        }
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "log");
            var tail = File.Exists(log) ? File.ReadAllText(log) : "";
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}{tail}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRoot() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && Environment.UserName == "root";
}

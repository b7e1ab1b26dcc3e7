using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EngagementTracker.Postgres;

/// <summary>
/// A PostgreSQL cluster of our own, made and started from the PostgreSQL server binaries installed on
/// the machine (initdb, pg_ctl): the app's default database when none is configured (data kept in a
/// folder between runs) and the tests' throwaway database when neither a configured server nor Docker
/// is at hand. As root, the server runs as the <c>postgres</c> OS user, as PostgreSQL requires.
/// </summary>
public sealed class LocalCluster
{
    private readonly string _binDirectory;
    private readonly bool _asPostgresUser;

    private LocalCluster(string binDirectory, string dataDirectory, int port, bool asPostgresUser, bool startedHere)
    {
        StartedHere = startedHere;
        _binDirectory = binDirectory;
        DataDirectory = dataDirectory;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public string DataDirectory { get; }

    /// <summary>This process started the server (rather than finding it running): it is this process's to stop.</summary>
    public bool StartedHere { get; }
    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Timezone=UTC";

    /// <summary>The folder of initdb and pg_ctl: <c>PG_BIN</c>, else the newest /usr/lib/postgresql/*/bin, else pg_config's.</summary>
    public static string? FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: double.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null) return newest.Dir;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"))) return folder;
        }

        return null;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Starts the cluster in <paramref name="dataDirectory"/>, creating it first if the folder holds none.
    /// A cluster already running there is reused. <paramref name="durable"/> false turns fsync off: right
    /// for a cluster that is thrown away, wrong for one that keeps data.
    /// </summary>
    public static async Task<LocalCluster> StartAsync(string dataDirectory, int port, bool durable, Action<string> log, CancellationToken cancellation = default)
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "No PostgreSQL server binaries found (initdb, pg_ctl). Install them (Debian: apt-get install postgresql), " +
            "set PG_BIN to their folder, or configure a server with ConnectionStrings__Postgres.");
        var asPostgresUser = Environment.UserName == "root";
        dataDirectory = Path.GetFullPath(dataDirectory);
        var cluster = new LocalCluster(bin, dataDirectory, port, asPostgresUser, startedHere: false);

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            log($"Creating a PostgreSQL cluster in {dataDirectory} ...");
            Directory.CreateDirectory(dataDirectory);
            if (asPostgresUser) await Run("chown", ["-R", "postgres:postgres", dataDirectory], asPostgres: false, cancellation);
            await cluster.Pg("initdb", ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"], cancellation);
        }

        var status = await cluster.TryPg("pg_ctl", ["status", "-D", dataDirectory], cancellation);
        if (status.ExitCode == 0)
        {
            var running = ReadRunningPort(dataDirectory);
            log($"PostgreSQL already running from {dataDirectory} on port {running}.");
            return new LocalCluster(bin, dataDirectory, running, asPostgresUser, startedHere: false);
        }

        var options = $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c timezone=UTC" +
                      (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await cluster.Pg("pg_ctl", ["start", "-w", "-t", "60", "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-o", options], cancellation);
        log($"PostgreSQL started from {dataDirectory} on 127.0.0.1:{port}.");
        return new LocalCluster(bin, dataDirectory, port, asPostgresUser, startedHere: true);
    }

    /// <summary>A shell command that stops this server at once, for a watchdog that outlives this process.</summary>
    public string ShellStopCommand() =>
        (_asPostgresUser ? "runuser -u postgres -- " : "") + $"'{Path.Combine(_binDirectory, "pg_ctl")}' stop -m immediate -D '{DataDirectory}'";

    public Task StopAsync() => Pg("pg_ctl", ["stop", "-w", "-m", "fast", "-D", DataDirectory], CancellationToken.None);

    private static int ReadRunningPort(string dataDirectory)
    {
        // postmaster.pid: line 4 holds the port
        var lines = File.ReadAllLines(Path.Combine(dataDirectory, "postmaster.pid"));
        return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : throw new InvalidOperationException($"Cannot read the port of the server running in {dataDirectory}.");
    }

    private async Task Pg(string tool, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var result = await TryPg(tool, arguments, cancellation);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({result.ExitCode}):{Environment.NewLine}{result.Output}{TailOfLog()}");
    }

    private Task<(int ExitCode, string Output)> TryPg(string tool, IReadOnlyList<string> arguments, CancellationToken cancellation) =>
        RunCapture(Path.Combine(_binDirectory, tool), arguments, _asPostgresUser, cancellation);

    private string TailOfLog()
    {
        var log = Path.Combine(DataDirectory, "server.log");
        return File.Exists(log) ? Environment.NewLine + string.Join(Environment.NewLine, File.ReadLines(log).TakeLast(15)) : "";
    }

    private static async Task Run(string file, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellation)
    {
        var result = await RunCapture(file, arguments, asPostgres, cancellation);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{file} failed: {result.Output}");
    }

    private static async Task<(int ExitCode, string Output)> RunCapture(string file, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        }

        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {file}.");
        // pg_ctl start leaves the server holding inherited pipes: read to the end only after exit.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        var output = await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(2), cancellation)) is Task<string[]> both
            ? string.Join(Environment.NewLine, (await both).Where(s => s.Length > 0))
            : "";
        return (process.ExitCode, output);
    }
}

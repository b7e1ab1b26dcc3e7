using EngagementTracker.Postgres;
using Npgsql;
using Testcontainers.PostgreSql;

namespace EngagementTracker.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server a test run uses, found in this order: a server given by
/// <c>ET_TEST_POSTGRES</c> (a connection string); else a Testcontainers container when a Docker engine
/// answers; else a throwaway cluster started from the installed PostgreSQL binaries on a free port and
/// removed when the run ends. If none can be had, every test that needs it fails with a message saying
/// how to provide one; none is skipped.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "ET_TEST_POSTGRES";

    private static readonly Lazy<Task<Server>> Instance = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public sealed record Server(string ConnectionString, string Description);

    public static Task<Server> GetAsync() => Instance.Value;

    /// <summary>A fresh, empty database on the server, for one test class.</summary>
    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var server = await GetAsync();
        var name = $"et_{new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(30).ToArray())}_{Guid.NewGuid():N}"[..^16];
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Timezone = "UTC" }.ConnectionString;
    }

    private static async Task<Server> StartAsync()
    {
        var tried = new List<string>();

        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            await using var connection = new NpgsqlConnection(configured);
            await connection.OpenAsync();
            return new Server(configured, $"configured server ({Variable})");
        }

        tried.Add($"{Variable} is not set");

        if (DockerMayAnswer())
        {
            try
            {
                var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
                await container.StartAsync().WaitAsync(TimeSpan.FromMinutes(3));
                AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                return new Server(container.GetConnectionString(), "Testcontainers");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                tried.Add($"Docker did not give a container: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
        }
        else
        {
            tried.Add("no Docker engine (no DOCKER_HOST, no /var/run/docker.sock)");
        }

        if (LocalCluster.FindBinDirectory() is not null)
        {
            SweepStaleClusters();
            var directory = Path.Combine(Path.GetTempPath(), $"{ThrowawayPrefix}{Guid.NewGuid():N}");
            try
            {
                var cluster = await LocalCluster.StartAsync(directory, LocalCluster.FreePort(), durable: false, _ => { });
                RemoveWhenThisProcessEnds(cluster);
                return new Server(cluster.ConnectionString(), $"throwaway local cluster in {directory}");
            }
            catch (InvalidOperationException e)
            {
                tried.Add($"the local cluster did not start: {e.Message}");
            }
        }
        else
        {
            tried.Add("no PostgreSQL server binaries (initdb, pg_ctl) on this machine");
        }

        throw new InvalidOperationException(
            "These tests need PostgreSQL and none could be had:" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", tried) + Environment.NewLine +
            $"Provide one: set {Variable} to a connection string (e.g. Host=localhost;Port=5432;Username=postgres;Password=...), " +
            "start a Docker engine, or install PostgreSQL's server binaries (Debian: apt-get install postgresql; or set PG_BIN).");
    }

    private const string ThrowawayPrefix = "et-test-pg-";

    /// <summary>Removes throwaway clusters of earlier runs whose server is no longer running (no postmaster.pid).</summary>
    private static void SweepStaleClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), ThrowawayPrefix + "*"))
        {
            if (!File.Exists(Path.Combine(stale, "postmaster.pid"))) TryDelete(stale);
        }
    }

    /// <summary>
    /// The test host may be ended abruptly when the run finishes, before any exit handler completes: a
    /// watchdog outside it waits for it to end, then stops the server and removes its folder.
    /// </summary>
    private static void RemoveWhenThisProcessEnds(LocalCluster cluster)
    {
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done; {cluster.ShellStopCommand()} >/dev/null 2>&1; rm -rf '{cluster.DataDirectory}'";
        var start = new System.Diagnostics.ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "bash", "-c", script }) start.ArgumentList.Add(argument);
        System.Diagnostics.Process.Start(start)?.Dispose();
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the next run sweeps it
        }
    }

    private static bool DockerMayAnswer() =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");
}

namespace EngagementTracker.Postgres;

/// <summary>
/// Where the event store lives. <c>ConnectionStrings:Postgres</c> (environment:
/// <c>ConnectionStrings__Postgres</c>) wins; otherwise, unless <c>Postgres:Provision</c> is false, a
/// local cluster is made from the installed PostgreSQL binaries in <c>Postgres:DataDirectory</c>
/// (default <c>.local/pgdata</c> at the repository root) on <c>Postgres:Port</c> (default 55432),
/// kept between runs, and stopped with the host if this process started it.
/// </summary>
public sealed class Database(IConfiguration configuration, IHostEnvironment environment, ILogger<Database> logger) : IAsyncDisposable
{
    private LocalCluster? _cluster;
    private string? _connectionString;
    private readonly Lock _lock = new();

    public string ConnectionString
    {
        get
        {
            lock (_lock) return _connectionString ??= Resolve();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is { StartedHere: true }) await _cluster.StopAsync();
    }

    private string Resolve()
    {
        var configured = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        if (!configuration.GetValue("Postgres:Provision", true))
            throw new InvalidOperationException("No database: set ConnectionStrings__Postgres, or allow Postgres:Provision to make a local cluster.");

        var dataDirectory = configuration["Postgres:DataDirectory"] is { Length: > 0 } dir
            ? dir
            : Path.Combine(RepositoryRoot(environment.ContentRootPath), ".local", "pgdata");
        var port = configuration.GetValue("Postgres:Port", 55432);
        _cluster = LocalCluster.StartAsync(dataDirectory, port, durable: true, logger.Progress).GetAwaiter().GetResult();
        return _cluster.ConnectionString();
    }

    /// <summary>The folder holding EngagementTracker.sln above <paramref name="start"/>, else <paramref name="start"/>.</summary>
    public static string RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EngagementTracker.sln"))) return dir.FullName;
        }

        return start;
    }
}

using System.Diagnostics;
using EngagementTracker.Access;

namespace EngagementTracker.Tests.Infrastructure;

/// <summary>
/// The API as users run it: a separate process on a free localhost port, on a fresh database, replaying the seeds
/// at start-up, with a staff and an analyst key configured. For tests that need a real socket (a browser).
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    private Process? _process;
    private readonly System.Text.StringBuilder _log = new();

    public string StaffKey { get; } = ApiKey.NewKey();
    public string AnalystKey { get; } = ApiKey.NewKey();
    public string BaseUrl { get; private set; } = "";

    /// <summary>The key file the app follows (<c>Auth:KeyFile</c>): in a folder of its own, not there at start.</summary>
    public string KeyFile { get; } = Path.Combine(Path.GetTempPath(), $"et-keys-{Guid.NewGuid():N}", "keys.json");
    public string Log { get { lock (_log) return _log.ToString(); } }

    public async Task InitializeAsync()
    {
        var connection = await PostgresServer.CreateDatabaseAsync("page");
        var port = Postgres.LocalCluster.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Combine(AppFixture.RepositoryRoot, "src", "EngagementTracker.Api");
        var app = Path.Combine(project, "bin", configuration, "net10.0", "EngagementTracker.Api.dll");

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(app);
        start.Environment["Urls"] = BaseUrl;
        start.Environment["ConnectionStrings__Postgres"] = connection;
        start.Environment["Seeds__Folder"] = AppFixture.SeedsFolder;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Auth__KeyFile"] = KeyFile;
        foreach (var (key, name, role) in new[] { (StaffKey, "staff-browser", Permissions.Staff), (AnalystKey, "analyst-browser", Permissions.Analyst) })
        {
            start.Environment[$"Auth__Keys__{name}__Role"] = role;
            start.Environment[$"Auth__Keys__{name}__Sha256"] = ApiKey.Hash(key);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The app did not start on {BaseUrl}:{Environment.NewLine}{Log}");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
        if (Directory.Exists(Path.GetDirectoryName(KeyFile))) Directory.Delete(Path.GetDirectoryName(KeyFile)!, recursive: true);
        return Task.CompletedTask;
    }
}

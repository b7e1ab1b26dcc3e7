using EngagementTracker.Access;
using EngagementTracker.Postgres;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace EngagementTracker.Tests.Infrastructure;

/// <summary>
/// The application, started once per test class through <see cref="WebApplicationFactory{TEntryPoint}"/>
/// over the real pipeline, on a database of its own on the real PostgreSQL server. The seeds are not
/// replayed at start: tests replay what they need, through the same commands users run.
/// </summary>
public class AppFixture : IAsyncLifetime
{
    public static readonly string RepositoryRoot = Database.RepositoryRoot(AppContext.BaseDirectory);
    public static readonly string SeedsFolder = Path.Combine(RepositoryRoot, "seeds");

    private WebApplicationFactory<Program>? _factory;

    public string ConnectionString { get; private set; } = "";

    public IServiceProvider Services => _factory!.Services;

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    /// <summary>A key with the staff role (read), made for this fixture; only its hash is configured, as in production.</summary>
    public string StaffKey { get; } = ApiKey.NewKey();

    /// <summary>A key with the analyst role (read and write).</summary>
    public string AnalystKey { get; } = ApiKey.NewKey();

    /// <summary>A client sending <paramref name="key"/> (none: anonymous).</summary>
    public HttpClient CreateClient(string? key)
    {
        var client = _factory!.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Add(ApiKeyHandler.Header, key);
        return client;
    }

    public virtual async Task InitializeAsync()
    {
        // Program ends in RunJasperFxCommands: under WebApplicationFactory it must start the host itself.
        JasperFx.CommandLine.JasperFxEnvironment.AutoStartHost = true;
        ConnectionString = await PostgresServer.CreateDatabaseAsync(GetType().Name);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", ConnectionString);
            web.UseSetting("Seeds:Folder", SeedsFolder);
            web.UseSetting("Seeds:ReplayOnStartup", "false");
            foreach (var (key, name, role) in new[] { (StaffKey, "staff-tester", Permissions.Staff), (AnalystKey, "analyst-tester", Permissions.Analyst) })
            {
                web.UseSetting($"Auth:Keys:{name}:Role", role);
                web.UseSetting($"Auth:Keys:{name}:Sha256", ApiKey.Hash(key));
            }
            web.ConfigureServices(services =>
            {
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
            });
        });
        _ = _factory.Server; // start now, so a broken start fails the fixture, not the first test
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }
}

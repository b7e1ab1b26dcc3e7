using JasperFx.CommandLine;
using Wolverine;

namespace EngagementTracker.Ingestion;

public sealed class ReplayInput : NetCoreInput
{
    [Description("Folder to replay, laid out like seeds/ (default: the seeds)")]
    public string FolderFlag { get; set; } = "";
}

/// <summary><c>dotnet run --project src/EngagementTracker.Api -- replay [--folder DIR]</c></summary>
[Description("Replay a folder of documents and reviewed event scripts (default: the seeds) into the event store; idempotent")]
public sealed class ReplayCommand : JasperFxAsyncCommand<ReplayInput>
{
    public override async Task<bool> Execute(ReplayInput input)
    {
        using var host = input.BuildHost();
        var services = host.Services;
        await using var running = await BackgroundServices.StartAsync(services);
        var folder = input.FolderFlag is { Length: > 0 } given
            ? Extraction.CallerPath.Resolve(given)
            : ReplaySeedsOnStartup.FolderFrom(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());

        Console.WriteLine($"Replaying {Path.GetFullPath(folder)} ...");
        var result = await services.GetRequiredService<SeedFolder>().ReplayAsync(folder, $"cli:{Environment.UserName}", Console.WriteLine, CancellationToken.None);
        Console.WriteLine($"Done: {result.Documents} documents replayed, {result.Appended} events appended, {result.AlreadyKnown} already known, {result.Failures.Count} rejected.");
        return result.Failures.Count == 0;
    }
}

/// <summary>
/// Starts a host's background services (Wolverine, Marten's schema check) but not its web server, nor
/// the start-up seeding: what a command-line command needs to send Wolverine commands while the API
/// may be serving from the same folder.
/// </summary>
public sealed class BackgroundServices : IAsyncDisposable
{
    private readonly List<IHostedService> _started = [];

    public static async Task<BackgroundServices> StartAsync(IServiceProvider services)
    {
        var running = new BackgroundServices();
        foreach (var service in services.GetServices<IHostedService>())
        {
            if (service is ReplaySeedsOnStartup || service.GetType().Name == "GenericWebHostService") continue;
            await service.StartAsync(CancellationToken.None);
            running._started.Add(service);
        }

        return running;
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--) await _started[i].StopAsync(CancellationToken.None);
    }
}

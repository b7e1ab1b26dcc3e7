using EngagementTracker.Documents;
using EngagementTracker.Postgres;
using Marten;

namespace EngagementTracker.Ingestion;

/// <summary>
/// When the store holds no document, replays the seeds before the API starts serving
/// (<c>Seeds:ReplayOnStartup</c>, default true; folder <c>Seeds:Folder</c>, default <c>seeds/</c> at the repository root).
/// </summary>
public sealed class ReplaySeedsOnStartup(IDocumentStore store, SeedFolder seeds, IConfiguration configuration, IHostEnvironment environment, ILogger<ReplaySeedsOnStartup> logger)
    : IHostedService
{
    public static string FolderFrom(IConfiguration configuration, IHostEnvironment environment) =>
        configuration["Seeds:Folder"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(Database.RepositoryRoot(environment.ContentRootPath), "seeds");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Seeds:ReplayOnStartup", true)) return;

        await using var session = store.QuerySession();
        var documents = await session.Query<SourceDocument>().CountAsync(cancellationToken);
        if (documents > 0)
        {
            logger.StoreNotEmpty(documents);
            return;
        }

        var folder = FolderFrom(configuration, environment);
        logger.ReplayingSeeds(folder);
        var result = await seeds.ReplayAsync(folder, "seeds", logger.Progress, cancellationToken);
        logger.SeedsReplayed(result.Documents, result.Appended, result.Failures.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

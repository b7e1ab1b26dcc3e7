using System.Security.Claims;
using EngagementTracker.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace EngagementTracker.Ingestion;

public static class ReplaySeedsEndpoint
{
    /// <summary>Replay the configured seeds folder (Seeds:Folder) into the store, idempotently; the events record who asked.</summary>
    [WolverinePost("/api/replay", OperationId = "ReplaySeeds")]
    [Authorize(Policy = Permissions.Write)]
    [ProducesResponseType<FolderReplayed>(200)]
    public static async Task<FolderReplayed> Post(SeedFolder seeds, IConfiguration configuration, IHostEnvironment environment, ClaimsPrincipal user, CancellationToken cancellation)
    {
        var lines = new List<string>();
        return await seeds.ReplayAsync(ReplaySeedsOnStartup.FolderFrom(configuration, environment), user.UserName(), lines.Add, cancellation);
    }
}

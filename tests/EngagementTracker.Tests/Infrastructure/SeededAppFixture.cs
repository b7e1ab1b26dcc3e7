using EngagementTracker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementTracker.Tests.Infrastructure;

/// <summary>The application with the five seed documents replayed, for tests that only read.</summary>
public sealed class SeededAppFixture : AppFixture
{
    public FolderReplayed Replayed { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Replayed = await Services.GetRequiredService<SeedFolder>().ReplayAsync(SeedsFolder, "seeds", _ => { }, CancellationToken.None);
    }
}

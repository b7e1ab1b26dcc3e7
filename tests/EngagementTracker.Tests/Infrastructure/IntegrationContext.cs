using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementTracker.Ingestion;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace EngagementTracker.Tests.Infrastructure;

/// <summary>What integration tests share: the app of their fixture, a client, the store, replay and JSON helpers.</summary>
public abstract class IntegrationContext<TFixture>(TFixture fixture) where TFixture : AppFixture
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    protected TFixture Fixture { get; } = fixture;

    protected IDocumentStore Store => Fixture.Store;

    /// <summary>A client with the staff role: reads.</summary>
    protected HttpClient Client { get; } = fixture.CreateClient(fixture.StaffKey);

    /// <summary>A client with the analyst role: reads and writes.</summary>
    protected HttpClient Analyst { get; } = fixture.CreateClient(fixture.AnalystKey);

    protected Task<FolderReplayed> ReplayAsync(string folder, List<string>? output = null) =>
        Fixture.Services.GetRequiredService<SeedFolder>().ReplayAsync(folder, "test", line => output?.Add(line), CancellationToken.None);

    protected Task<T> InvokeAsync<T>(object command) => Fixture.Services.GetRequiredService<IMessageBus>().InvokeAsync<T>(command);

    protected async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    protected Task<T?> GetAsync<T>(string url) => Client.GetFromJsonAsync<T>(url, Json);

    /// <summary>
    /// The events in the store, without the tombstones Marten writes for the sequence numbers a failed append
    /// used up (a 409 writes one, sometimes after its response has gone out), which are nobody's events.
    /// </summary>
    protected async Task<long> CountEventsAsync()
    {
        await using var session = Store.QuerySession();
        return await session.Events.QueryAllRawEvents().Where(e => e.StreamKey != JasperFx.Events.Tombstone.StreamKey).CountAsync();
    }

    /// <summary>A copy of the seeds in a temporary folder, for tests that change them.</summary>
    protected static string CopyOfSeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"et-seeds-{Guid.NewGuid():N}");
        foreach (var file in Directory.GetFiles(AppFixture.SeedsFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(AppFixture.SeedsFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }
}

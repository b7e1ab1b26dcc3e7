using EngagementTracker.Documents;
using EngagementTracker.Engagements;
using EngagementTracker.Tests.Infrastructure;
using Marten;

namespace EngagementTracker.Tests.Replay;

public class when_replaying_the_seeds_twice(AppFixture fixture) : IntegrationContext<AppFixture>(fixture), IClassFixture<AppFixture>
{
    [Fact]
    public async Task appends_nothing_new()
    {
        var first = await ReplayAsync(AppFixture.SeedsFolder);
        var eventsAfterFirst = await CountEventsAsync();
        var output = new List<string>();

        var second = await ReplayAsync(AppFixture.SeedsFolder, output);

        first.Failures.ShouldBeEmpty();
        first.Documents.ShouldBe(5);
        first.Appended.ShouldBeGreaterThan(80);
        second.Failures.ShouldBeEmpty();
        second.Appended.ShouldBe(0);
        second.AlreadyKnown.ShouldBe(first.Appended);
        (await CountEventsAsync()).ShouldBe(eventsAfterFirst);
        output.ShouldContain(line => line.Contains("000_6bf987e0526c7f56: appended nothing new", StringComparison.Ordinal));
        // every actor in the file, none new and none changed the second time
        using var actorFile = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppFixture.SeedsFolder, "actors.json")));
        output.ShouldContain($"actors.json: 0 actors registered, 0 updated, {actorFile.RootElement.GetProperty("actors").GetArrayLength()} unchanged");

        await using var session = Store.QuerySession();
        (await session.Query<SourceDocument>().CountAsync()).ShouldBe(5);
        var happenings = await session.Query<Happening>().ToListAsync();
        happenings.ShouldAllBe(h => h.Accounts.Select(a => a.Source.Key).Distinct().Count() == h.Accounts.Count);
    }
}

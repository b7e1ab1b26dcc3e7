using EngagementTracker.Engagements;
using EngagementTracker.Tests.Infrastructure;
using Marten;

namespace EngagementTracker.Tests.Replay;

public class when_two_documents_report_the_same_meeting(AppFixture fixture) : IntegrationContext<AppFixture>(fixture), IClassFixture<AppFixture>
{
    [Fact]
    public async Task it_is_one_happening_with_two_sources_shown_side_by_side()
    {
        var folder = CopyOfSeeds();
        // A second source (an ODIHR note) reports the 2019 Warsaw meeting, dating it only to the month.
        File.WriteAllText(Path.Combine(folder, "documents", "100_odihr_note.txt"),
            "ODIHR Director Gísladóttir received Kazakhstan's Foreign Minister Atamkulov in Warsaw in May 2019 to discuss election observation.");
        File.WriteAllText(Path.Combine(folder, "documents", "100_odihr_note.events.json"), """
            { "document": { "file": "documents/100_odihr_note.txt", "published": "2019-05" },
              "events": [ { "kind": "meeting", "occurred": "2019-05", "actors": ["Gisladottir"], "counterparts": ["Atamkulov"],
                            "place": "Warsaw", "topic": "Elections",
                            "evidence": "ODIHR Director Gísladóttir received Kazakhstan's Foreign Minister Atamkulov in Warsaw" } ] }
            """);

        var result = await ReplayAsync(folder);
        var again = await ReplayAsync(folder);

        result.Failures.ShouldBeEmpty();
        again.Appended.ShouldBe(0);
        await using var session = Store.QuerySession();
        var meetings = (await session.Query<Happening>().ToListAsync())
            .Where(h => h.Kind == Core.EventKind.Meeting && h.Id.Contains("beibut-atamkulov", StringComparison.Ordinal)).ToList();
        var meeting = meetings.ShouldHaveSingleItem();
        meeting.Accounts.Select(a => a.Source.DocumentId).ShouldBe(["001_922df78b71b0b3fd", "100_odihr_note"], ignoreOrder: true);
        meeting.Accounts.Select(a => a.Occurred.Text).ShouldBe(["2019-05-07", "2019-05"], ignoreOrder: true);

        var history = await GetJsonAsync("/api/officials/Atamkulov/history");
        var item = history.GetProperty("engagements").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "meeting");
        item.GetProperty("accounts").GetArrayLength().ShouldBe(2);
        item.GetProperty("sourcesDisagree").GetBoolean().ShouldBeTrue();
        item.GetProperty("occurred").GetString().ShouldBe("2019-05-07"); // the more precise source leads
    }
}

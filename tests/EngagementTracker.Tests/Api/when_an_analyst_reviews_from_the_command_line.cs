using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Api;

public class when_an_analyst_reviews_from_the_command_line(SeededAppFixture fixture) : IntegrationContext<SeededAppFixture>(fixture), IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task ingest_prints_the_proposals_and_review_accepts_them_into_the_views()
    {
        var file = Path.Combine(Path.GetTempPath(), $"release-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "VIENNA, 3 March 2025 – Ian Borg met with Kassym-Jomart Tokayev to discuss border management.\n\nThe President will visit Malta in May.");

        var (exit, output) = await CommandLine.RunAsync(Fixture.ConnectionString, "ingest", file);

        exit.ShouldBe(0, output);
        output.ShouldContain("registered");
        output.ShouldContain("meeting");
        output.ShouldNotContain("visit ");
        var id = output.Split(':')[0].Split('\n').Last().Trim();
        id.ShouldStartWith("ing_");

        var (reviewed, log) = await CommandLine.RunAsync(Fixture.ConnectionString, "review", id, "accept-all", "--min", "0.5");

        reviewed.ShouldBe(0, log);
        log.ShouldContain("accepted");
        var history = await GetJsonAsync("/api/officials/Tokaev/history");
        var meeting = history.GetProperty("engagements").EnumerateArray().Single(e => e.GetProperty("occurred").GetString() == "2025-03-03");
        meeting.GetProperty("accounts")[0].GetProperty("recordedBy").GetString()!.ShouldStartWith("cli:");

        var (again, refused) = await CommandLine.RunAsync(Fixture.ConnectionString, "review", id, "accept", "p1");
        again.ShouldNotBe(0);
        refused.ShouldContain("already accepted");
    }
}

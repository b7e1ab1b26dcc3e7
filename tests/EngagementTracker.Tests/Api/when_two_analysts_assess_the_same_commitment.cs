using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Api;

public class when_two_analysts_assess_the_same_commitment(AppFixture fixture) : IntegrationContext<AppFixture>(fixture), IClassFixture<AppFixture>
{
    private const string Media = "/api/commitments/commitment:kazakhstan-to-liberalise-its-media-law";

    private static object Assessment(string status, long version, string quote) => new
    {
        status,
        occurred = "2010-04",
        by = new[] { "Kazakhstani civil society" },
        evidence = new { document = "004_c4fd772387c7e46c", quote },
        expectedVersion = version,
    };

    private async Task<(long Version, int Trail)> CurrentAsync()
    {
        var card = (await GetJsonAsync(Media)).GetProperty("commitment");
        return (card.GetProperty("version").GetInt64(), card.GetProperty("trail").GetArrayLength());
    }

    [Fact]
    public async Task the_one_who_read_an_older_version_gets_409_with_the_current_state_and_nothing_is_half_written()
    {
        await Store.Advanced.ResetAllData();
        (await ReplayAsync(AppFixture.SeedsFolder)).Failures.ShouldBeEmpty();
        var (version, trail) = await CurrentAsync();

        using var first = await Analyst.PostAsJsonAsync($"{Media}/assessments", Assessment("unmet", version, "reform media legislation, including decriminalising libel"));
        using var second = await Analyst.PostAsJsonAsync($"{Media}/assessments", Assessment("met", version, "falls short of promises"));

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement;
        second.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("current").GetProperty("version").GetInt64().ShouldBe(version + 1);
        problem.GetProperty("current").GetProperty("status").GetString().ShouldBe("unmet");

        var (after, afterTrail) = await CurrentAsync();
        after.ShouldBe(version + 1);
        afterTrail.ShouldBe(trail + 1);
    }

    [Fact]
    public async Task racing_at_the_same_instant_exactly_one_wins()
    {
        await Store.Advanced.ResetAllData();
        (await ReplayAsync(AppFixture.SeedsFolder)).Failures.ShouldBeEmpty();
        var (version, trail) = await CurrentAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Analyst.PostAsJsonAsync($"{Media}/assessments", Assessment("unmet", version, "reform media legislation, including decriminalising libel"))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(3, string.Join(", ", responses.Select(r => r.StatusCode)));
        (await CurrentAsync()).Trail.ShouldBe(trail + 1);
        foreach (var r in responses) r.Dispose();
    }

    [Fact]
    public async Task the_trail_shows_who_recorded_each_assessment()
    {
        await Store.Advanced.ResetAllData();
        (await ReplayAsync(AppFixture.SeedsFolder)).Failures.ShouldBeEmpty();
        var (version, _) = await CurrentAsync();

        using var response = await Analyst.PostAsJsonAsync($"{Media}/assessments", Assessment("unmet", version, "reform media legislation, including decriminalising libel"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);

        var trail = (await GetJsonAsync(Media)).GetProperty("commitment").GetProperty("trail").EnumerateArray().ToList();
        trail.Last().GetProperty("recordedBy").GetString().ShouldBe("analyst-tester");
        trail.Last().GetProperty("source").GetProperty("quote").GetString().ShouldBe("reform media legislation, including decriminalising libel");
        trail.First().GetProperty("recordedBy").GetString().ShouldBe("test"); // replayed by the test harness
    }

    [Theory]
    [InlineData("""{ "status": "done", "occurred": "2010", "by": ["ODIHR"], "evidence": { "document": "004_c4fd772387c7e46c", "quote": "falls short" }, "expectedVersion": 1 }""", "status")]
    [InlineData("""{ "status": "met", "occurred": "2010-15", "by": ["ODIHR"], "evidence": { "document": "004_c4fd772387c7e46c", "quote": "falls short" }, "expectedVersion": 1 }""", "occurred")]
    [InlineData("""{ "status": "met", "occurred": "2010", "by": ["ODIHR"], "evidence": { "document": "004_c4fd772387c7e46c", "quote": "words nobody wrote" }, "expectedVersion": 1 }""", "evidence.quote")]
    [InlineData("""{ "status": "met", "occurred": "2010", "by": ["Zorro"], "evidence": { "document": "004_c4fd772387c7e46c", "quote": "falls short" }, "expectedVersion": 1 }""", "by")]
    [InlineData("""{ "status": "met", "occurred": "2010", "by": ["ODIHR"], "evidence": { "document": "004_c4fd772387c7e46c", "quote": "falls short" }, "expectedVersion": 0 }""", "expectedVersion")]
    public async Task a_bad_assessment_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var events = await CountEventsAsync();

        using var response = await Analyst.PostAsync($"{Media}/assessments", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString().ShouldBe(field);
        (await CountEventsAsync()).ShouldBe(events);
    }
}

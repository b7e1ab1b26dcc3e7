using System.Text.Json;
using EngagementTracker.Tests.Infrastructure;

namespace EngagementTracker.Tests.Views;

/// <summary>The seeds seen as of a date in the world (asOf).</summary>
public class when_replaying_history_to_a_date(SeededAppFixture fixture) : IntegrationContext<SeededAppFixture>(fixture), IClassFixture<SeededAppFixture>
{
    private static List<JsonElement> Items(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray()];

    private static string Statement(JsonElement c) => c.GetProperty("statement").GetString()!;

    [Fact]
    public async Task on_10_april_2010_the_madrid_commitments_stand_open_or_partially_met_per_the_2009_brief()
    {
        var board = await GetJsonAsync("/api/commitments?actor=Kazakhstan&asOf=2010-04-10");

        board.GetProperty("asOf").GetString().ShouldBe("2010-04-10");
        var madrid = Items(board, "commitments").Where(c => Items(c, "made").Any(m => m.TryGetProperty("place", out var place) && place.GetString() == "Madrid")).ToList();
        madrid.Count.ShouldBe(5);
        madrid.Select(c => c.GetProperty("status").GetString()).Distinct().Order().ShouldBe(["open", "partially_met"]);

        var reforms = madrid.Single(c => Statement(c).StartsWith("Kazakhstan to advance domestic political reforms", StringComparison.Ordinal));
        reforms.GetProperty("status").GetString().ShouldBe("partially_met");
        Items(reforms, "current").ShouldAllBe(a => a.GetProperty("source").GetProperty("documentId").GetString() == "003_ae20f008f8e43d1c");
        var spring = Items(reforms, "uncertainAssessments").ShouldHaveSingleItem();
        spring.GetProperty("status").GetString().ShouldBe("unmet");
        spring.GetProperty("occurred").GetString().ShouldBe("2010-04");
        spring.GetProperty("uncertain").GetBoolean().ShouldBeTrue();
        board.GetProperty("uncertain").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        Items(board, "commitments").ShouldNotContain(c => Statement(c).Contains("2019 presidential election", StringComparison.Ordinal));
    }

    [Fact]
    public async Task on_10_april_2010_the_spring_criticism_of_media_freedom_is_there_but_marked_uncertain()
    {
        var log = await GetJsonAsync("/api/statements?kind=criticism_raised&target=Kazakhstan&topic=media%20freedom&asOf=2010-04-10");

        var statements = Items(log, "statements");
        var spring = statements.Where(s => s.GetProperty("occurred").GetString() == "2010-04").ToList();
        spring.Count.ShouldBe(2);
        spring.ShouldAllBe(s => s.GetProperty("uncertain").GetBoolean());
        statements.ShouldContain(s => s.GetProperty("occurred").GetString() == "2009" && !s.GetProperty("uncertain").GetBoolean());
        log.GetProperty("uncertain").GetInt32().ShouldBe(2);

        var before = await GetJsonAsync("/api/statements?kind=criticism_raised&target=Kazakhstan&topic=media%20freedom&asOf=2010-03-31");
        Items(before, "statements").ShouldNotContain(s => s.GetProperty("occurred").GetString() == "2010-04");
        var after = await GetJsonAsync("/api/statements?kind=criticism_raised&target=Kazakhstan&topic=media%20freedom&asOf=2010-04-30");
        Items(after, "statements").Where(s => s.GetProperty("occurred").GetString() == "2010-04").ShouldAllBe(s => !s.GetProperty("uncertain").GetBoolean());
    }

    [Fact]
    public async Task on_1_january_2020_ian_borgs_2024_visit_does_not_exist_yet()
    {
        var then = await GetJsonAsync("/api/officials/Borg/history?asOf=2020-01-01");
        var now = await GetJsonAsync("/api/officials/Borg/history");

        then.GetProperty("count").GetInt32().ShouldBe(0);
        Items(now, "engagements").ShouldContain(e => e.GetProperty("kind").GetString() == "visit" && e.GetProperty("occurred").GetString() == "2024-06-25");
        (await GetJsonAsync("/api/actors/kazakhstan/timeline?asOf=2020-01-01")).GetProperty("entries").EnumerateArray()
            .ShouldNotContain(e => e.GetProperty("occurred").GetString()!.StartsWith("2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task on_31_december_2006_tokaev_appears_only_as_foreign_minister()
    {
        var history = await GetJsonAsync("/api/officials/Tokaev/history?asOf=2006-12-31");

        var engagement = Items(history, "engagements").ShouldHaveSingleItem();
        engagement.GetProperty("occurred").GetString().ShouldBe("2006-03-26/2006-03-27");
        Items(engagement, "roleAtTheTime").Select(r => r.GetString()).ShouldBe(["Foreign Minister of Kazakhstan"]);
        Items(history.GetProperty("actor"), "rolesOnAsOf").Select(r => r.GetString()).ShouldBe(["Foreign Minister of Kazakhstan"]);
    }

    [Theory]
    [InlineData("2006-03-25", 0, 0)] // the 2006 meetings (26-27 March) have not happened
    [InlineData("2006-03-26", 1, 1)] // an interval straddling the date: there, but uncertain
    [InlineData("2006-03-27", 1, 0)] // its last day: certain
    [InlineData("2024-06-10", 2, 1)] // the 2024 meeting, known only to the month: uncertain
    [InlineData("2024-06-30", 2, 0)]
    public async Task precision_decides_what_is_certain_on_a_date(string asOf, int engagements, int uncertain)
    {
        var history = await GetJsonAsync($"/api/officials/Tokaev/history?asOf={asOf}");

        history.GetProperty("count").GetInt32().ShouldBe(engagements);
        history.GetProperty("uncertain").GetInt32().ShouldBe(uncertain);
        Items(history, "engagements").Count(e => e.GetProperty("uncertain").GetBoolean()).ShouldBe(uncertain);
    }

    [Theory]
    [InlineData("2008-12-31", 0)]
    [InlineData("2009-01-01", 4)]
    [InlineData("2010-04-10", 4)]
    public async Task the_madrid_reforms_are_overdue_after_the_end_of_2008(string asOf, int overdue)
    {
        var board = await GetJsonAsync($"/api/commitments?overdue=true&asOf={asOf}");

        board.GetProperty("count").GetInt32().ShouldBe(overdue);
        Items(board, "commitments").ShouldAllBe(c => c.GetProperty("deadline").GetString() == "2008-12-31" && c.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task one_commitment_before_it_was_made_is_not_found_and_after_carries_its_trail_to_that_date()
    {
        const string media = "/api/commitments/commitment:kazakhstan-to-liberalise-its-media-law";

        using var before = await Client.GetAsync($"{media}?asOf=2007-10-31");
        before.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        var early = await GetJsonAsync($"{media}?asOf=2009-01-01");
        early.GetProperty("commitment").GetProperty("status").GetString().ShouldBe("open");
        early.GetProperty("commitment").GetProperty("overdue").GetBoolean().ShouldBeTrue();
        early.GetProperty("uncertain").GetInt32().ShouldBe(1); // the Representative's assessment, dated 2008 to November 2009

        var late = await GetJsonAsync($"{media}?asOf=2009-12-31");
        late.GetProperty("commitment").GetProperty("status").GetString().ShouldBe("partially_met");
        late.GetProperty("uncertain").GetInt32().ShouldBe(0);
    }
}

using System.Text.Json;
using EngagementTracker.Commitments;
using EngagementTracker.Documents;
using EngagementTracker.Engagements;
using EngagementTracker.Tests.Infrastructure;
using Marten;

namespace EngagementTracker.Tests.Views;

public class when_reading_the_views_on_the_seeds(SeededAppFixture fixture) : IntegrationContext<SeededAppFixture>(fixture), IClassFixture<SeededAppFixture>
{
    private static List<JsonElement> Items(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray()];

    [Fact]
    public async Task tokayev_by_the_alias_tokaev_has_the_2006_meeting_as_foreign_minister_and_the_2024_one_as_president()
    {
        var history = await GetJsonAsync("/api/officials/Tokaev/history");

        history.GetProperty("actor").GetProperty("id").GetString().ShouldBe("kassym-jomart-tokayev");
        var meetings = Items(history, "engagements").Where(e => e.GetProperty("kind").GetString() == "meeting").ToList();
        meetings.Count.ShouldBe(2);

        var (in2006, in2024) = (meetings[0], meetings[1]);
        in2006.GetProperty("occurred").GetString().ShouldBe("2006-03-26/2006-03-27");
        Items(in2006, "roleAtTheTime").Select(r => r.GetString()).ShouldBe(["Foreign Minister of Kazakhstan"]);
        Items(in2006, "counterparts").Single().GetProperty("name").GetString().ShouldBe("Karel De Gucht");
        var source2006 = Items(in2006, "accounts").Single().GetProperty("source");
        source2006.GetProperty("documentId").GetString().ShouldBe("000_6bf987e0526c7f56");
        source2006.GetProperty("quote").GetString()!.ShouldContain("Foreign Minister Kassymzhomart Tokaev");

        in2024.GetProperty("occurred").GetString().ShouldBe("2024-06");
        Items(in2024, "roleAtTheTime").Select(r => r.GetString()).ShouldBe(["President of Kazakhstan"]);
        Items(in2024, "counterparts").Single().GetProperty("name").GetString().ShouldBe("Ian Borg");
        Items(in2024, "accounts").Single().GetProperty("source").GetProperty("documentId").GetString().ShouldBe("002_305d045f202951d2");

        (await GetJsonAsync("/api/actors/kassym-jomart-tokayev/history")).GetProperty("count").GetInt32()
            .ShouldBe(history.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task the_madrid_commitments_carry_the_2009_brief_assessments_and_both_dates_of_their_making()
    {
        var board = await GetJsonAsync("/api/commitments?actor=Kazakhstan");

        var madrid = Items(board, "commitments")
            .Where(c => Items(c, "made").Any(m => m.TryGetProperty("place", out var p) && p.GetString() == "Madrid")).ToList();
        madrid.Count.ShouldBe(5);
        foreach (var reform in madrid.Where(c => c.GetProperty("statement").GetString()!.Contains("law", StringComparison.Ordinal)))
        {
            Items(reform, "trail").ShouldContain(a =>
                a.GetProperty("status").GetString() == "partially_met" &&
                a.GetProperty("source").GetProperty("documentId").GetString() == "003_ae20f008f8e43d1c");
            reform.GetProperty("deadline").GetString().ShouldBe("2008-12-31");
        }

        var reforms = madrid.Single(c => c.GetProperty("statement").GetString()!.StartsWith("Kazakhstan to advance domestic political reforms", StringComparison.Ordinal));
        reforms.GetProperty("datesDisagree").GetBoolean().ShouldBeTrue();
        Items(reforms, "made").Select(m => (m.GetProperty("occurred").GetString(), m.GetProperty("source").GetProperty("documentId").GetString()))
            .ShouldBe([("2007-11", "003_ae20f008f8e43d1c"), ("2008", "004_c4fd772387c7e46c")]);
        Items(reforms, "trail").Select(a => a.GetProperty("status").GetString()).ShouldBe(["partially_met", "unmet"]);
        reforms.GetProperty("status").GetString().ShouldBe("unmet");

        var partly = await GetJsonAsync("/api/commitments?status=partially_met&topic=media");
        Items(partly, "commitments").Select(c => c.GetProperty("statement").GetString()).ShouldBe(["Kazakhstan to liberalise its media law"]);
    }

    [Fact]
    public async Task odihr_and_the_programme_office_in_astana_resolve_as_osce_institutions_by_any_name()
    {
        var odihr = Items(await GetJsonAsync("/api/actors?search=Office for Democratic Institutions"), "actors").Single();
        odihr.GetProperty("id").GetString().ShouldBe("odihr");
        odihr.GetProperty("kind").GetString().ShouldBe("institution");

        var office = await GetJsonAsync("/api/actors/OSCE%20Center%20in%20Astana/history");
        office.GetProperty("actor").GetProperty("name").GetString().ShouldBe("Programme Office in Astana");
        office.GetProperty("actor").GetProperty("kind").GetString().ShouldBe("field_operation");
        Items(office, "engagements").ShouldContain(e => e.GetProperty("kind").GetString() == "visit");

        var odihrHistory = await GetJsonAsync("/api/actors/OSCE%2FODIHR/history");
        Items(odihrHistory, "engagements").ShouldContain(e => e.GetProperty("kind").GetString() == "praise_expressed");
    }

    [Fact]
    public async Task officials_are_found_by_any_alias_without_diacritics()
    {
        var found = Items(await GetJsonAsync("/api/officials?search=Gisladottir"), "actors");

        found.Single().GetProperty("name").GetString().ShouldBe("Ingibjörg Sólrún Gísladóttir");
        Items(await GetJsonAsync("/api/officials?search=minister%20borg"), "actors").Single().GetProperty("id").GetString().ShouldBe("ian-borg");
        (await GetJsonAsync("/api/officials?search=Kazakhstan")).GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task a_documents_events_point_at_their_evidence_in_its_text()
    {
        var documents = Items(await GetJsonAsync("/api/documents"), "documents");
        documents.Select(d => d.GetProperty("id").GetString()).ShouldBe(Directory.GetFiles(Path.Combine(AppFixture.SeedsFolder, "documents"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order());

        var detail = await GetJsonAsync("/api/documents/003_ae20f008f8e43d1c");
        var text = await Client.GetStringAsync("/api/documents/003_ae20f008f8e43d1c/text");
        var events = Items(detail, "events").ToList();
        events.Count.ShouldBe(detail.GetProperty("document").GetProperty("eventCount").GetInt32());
        foreach (var source in events.Select(e => e.GetProperty("source")))
            text.Substring(source.GetProperty("start").GetInt32(), source.GetProperty("length").GetInt32()).ShouldBe(source.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task rebuilding_the_projections_from_the_events_gives_the_same_views()
    {
        var before = await Snapshot();

        using (var daemon = await Store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync<EngagementProjection>(CancellationToken.None);
            await daemon.RebuildProjectionAsync<CommitmentProjection>(CancellationToken.None);
            await daemon.RebuildProjectionAsync<DocumentEventsProjection>(CancellationToken.None);
        }

        var after = await Snapshot();
        after.Count.ShouldBe(before.Count);
        after.Count.ShouldBeGreaterThan(200);
        foreach (var (id, json) in before) after[id].ShouldBe(json, $"view {id} differs after the rebuild");
    }

    private async Task<Dictionary<string, string>> Snapshot()
    {
        await using var session = Store.QuerySession();
        var views = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in await session.Query<Engagement>().ToListAsync()) views[$"engagement/{e.Id}"] = Canonical(e);
        foreach (var c in await session.Query<Commitment>().ToListAsync()) views[$"commitment/{c.Id}"] = Canonical(c);
        foreach (var d in await session.Query<DocumentEvents>().ToListAsync()) views[$"document/{d.Id}"] = Canonical(d);
        return views;
    }

    // Record times are re-read from the same events on a rebuild, so they must match too.
    private static string Canonical(object view) => JsonSerializer.Serialize(view, Json);
}

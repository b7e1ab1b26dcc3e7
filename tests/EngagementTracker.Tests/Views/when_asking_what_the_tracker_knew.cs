using System.Text.Json;
using EngagementTracker.Documents;
using EngagementTracker.Tests.Infrastructure;
using Marten;

namespace EngagementTracker.Tests.Views;

/// <summary>The views as our records stood at an instant (knownAt): before the 2009 brief and the 2010 post were ingested.</summary>
public class when_asking_what_the_tracker_knew(AppFixture fixture) : IntegrationContext<AppFixture>(fixture), IClassFixture<AppFixture>
{
    private static List<JsonElement> Items(JsonElement e, string name) => [.. e.GetProperty(name).EnumerateArray()];

    private async Task<string> ReplayInTwoStepsAsync()
    {
        await Store.Advanced.ResetAllData();
        var folder = CopyOfSeeds();
        var later = Path.Combine(Path.GetTempPath(), $"et-later-{Guid.NewGuid():N}", "documents");
        Directory.CreateDirectory(later);
        // the later documents' scripts move to a second folder; their texts stay too, for the actor file's role evidence
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "documents")).Where(f => Path.GetFileName(f).StartsWith("003", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("004", StringComparison.Ordinal)))
        {
            if (file.EndsWith(".events.json", StringComparison.Ordinal)) File.Move(file, Path.Combine(later, Path.GetFileName(file)));
            else File.Copy(file, Path.Combine(later, Path.GetFileName(file)));
        }

        (await ReplayAsync(folder)).Failures.ShouldBeEmpty();
        await using var session = Store.QuerySession();
        var known = (await session.Query<DocumentEvents>().ToListAsync()).SelectMany(d => d.Events.Select(e => e.Recorded)).Max();

        await Task.Delay(50);
        (await ReplayAsync(Path.GetDirectoryName(later)!)).Failures.ShouldBeEmpty();
        return Uri.EscapeDataString(known.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task before_the_brief_was_ingested_the_board_had_no_madrid_commitments_and_now_it_has()
    {
        var knownAt = await ReplayInTwoStepsAsync();

        var then = await GetJsonAsync($"/api/commitments?actor=Kazakhstan&knownAt={knownAt}");
        var now = await GetJsonAsync("/api/commitments?actor=Kazakhstan");

        Items(then, "commitments").ShouldNotContain(c => c.GetProperty("statement").GetString()!.Contains("media law", StringComparison.Ordinal));
        Items(now, "commitments").ShouldContain(c => c.GetProperty("statement").GetString()!.Contains("media law", StringComparison.Ordinal));
        then.GetProperty("knownAt").GetString().ShouldNotBeNull();

        var documents = await GetJsonAsync($"/api/documents?knownAt={knownAt}");
        Items(documents, "documents").Select(d => d.GetProperty("id").GetString()![..3]).ShouldBe(["000", "001", "002"]);
        using var brief = await Client.GetAsync($"/api/documents/003_ae20f008f8e43d1c?knownAt={knownAt}");
        brief.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);

        // asOf and knownAt combine: Kazakhstan's engagements by the end of 2010, as known before the brief
        var kazakhstan = await GetJsonAsync($"/api/actors/kazakhstan/history?asOf=2010-12-31&knownAt={knownAt}");
        Items(kazakhstan, "engagements").ShouldAllBe(e => e.GetProperty("accounts").EnumerateArray().All(a => a.GetProperty("source").GetProperty("documentId").GetString() == "000_6bf987e0526c7f56"));
        var kazakhstanNow = await GetJsonAsync("/api/actors/kazakhstan/history?asOf=2010-12-31");
        kazakhstanNow.GetProperty("count").GetInt32().ShouldBeGreaterThan(kazakhstan.GetProperty("count").GetInt32());
    }
}

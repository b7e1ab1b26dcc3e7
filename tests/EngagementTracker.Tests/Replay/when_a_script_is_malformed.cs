using EngagementTracker.Documents;
using EngagementTracker.Engagements;
using EngagementTracker.Tests.Infrastructure;
using Marten;

namespace EngagementTracker.Tests.Replay;

public class when_a_script_is_malformed(AppFixture fixture) : IntegrationContext<AppFixture>(fixture), IClassFixture<AppFixture>
{
    private const string Borg = "002_305d045f202951d2";

    private static string Break(string folder, string document, Func<string, string> change)
    {
        var path = Path.Combine(folder, "documents", $"{document}.events.json");
        var json = File.ReadAllText(path);
        var changed = change(json);
        changed.ShouldNotBe(json, "the test must really break the script");
        File.WriteAllText(path, changed);
        return $"documents/{document}.events.json";
    }

    private async Task NothingStoredFor(string document)
    {
        await using var session = Store.QuerySession();
        (await session.LoadAsync<SourceDocument>(document)).ShouldBeNull();
        (await session.LoadAsync<DocumentEvents>(document)).ShouldBeNull();
        (await session.Query<Happening>().ToListAsync()).SelectMany(h => h.Accounts).ShouldNotContain(a => a.Source.DocumentId == document);
    }

    [Theory]
    [InlineData("\"kind\": \"meeting\"", "\"kind\": \"meet\"", "kind")]
    [InlineData("\"occurred\": \"2024-06\"", "\"occurred\": \"June 2024\"", "occurred")]
    [InlineData("Chairman of the Senate Maulen Ashimbayev", "Speaker of the Senate Maulen Ashimbayev", "evidence")]
    [InlineData("\"Maulen Ashimbayev\"", "\"Maulen Ashimbayevv\"", "counterparts")]
    public async Task stops_that_document_names_file_and_field_and_the_others_still_go_in(string from, string to, string field)
    {
        await Store.Advanced.ResetAllData();
        var folder = CopyOfSeeds();
        var file = Break(folder, Borg, json => ReplaceFirst(json, from, to));

        var result = await ReplayAsync(folder);

        var failure = result.Failures.ShouldHaveSingleItem();
        failure.ShouldContain(file);
        failure.ShouldContain($".{field}");
        result.Documents.ShouldBe(4);
        await NothingStoredFor(Borg);
        await using var session = Store.QuerySession();
        (await session.Query<SourceDocument>().CountAsync()).ShouldBe(4);
    }

    [Fact]
    public async Task a_problem_found_after_some_events_were_appended_leaves_nothing_of_the_document()
    {
        await Store.Advanced.ResetAllData();
        var folder = CopyOfSeeds();
        // The visits and meetings are appended to the session first; the assessment of a commitment
        // never recorded as made is found last, and must undo them all.
        Break(folder, Borg, json => json.Replace(
            "\"events\": [",
            """
            "events": [ { "kind": "commitment_assessed", "occurred": "2024-06", "actors": ["Ian Borg"], "counterparts": ["Kazakhstan"],
                          "commitment": "a commitment nobody made", "status": "met", "evidence": "concluded his visit to Kazakhstan" },
            """, StringComparison.Ordinal));

        var result = await ReplayAsync(folder);

        result.Failures.ShouldHaveSingleItem().ShouldContain("never recorded as made");
        await NothingStoredFor(Borg);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"'{from}' is not in the script");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }
}

using EngagementTracker.Core;
using EngagementTracker.Ingestion;

namespace EngagementTracker.Tests.Domain;

public class EventScriptTests
{
    private const string Text = "WARSAW, May 7, 2019 – Foreign Minister Atamkulov met with Ms. Gísladóttir.";

    private static string Script(string events) =>
        $$"""{ "document": { "file": "documents/x.txt", "published": "2019-05-07" }, "events": [ {{events}} ] }""";

    private const string GoodEvent =
        """{ "kind": "meeting", "occurred": "2019-05-07", "actors": ["Beibut Atamkulov"], "counterparts": ["Gísladóttir"], "evidence": "Atamkulov met with Ms. Gísladóttir" }""";

    [Fact]
    public void reads_a_good_event_with_its_evidence_span()
    {
        var script = EventScript.Read("x.events.json", Script(GoodEvent), "x", Text);

        var e = script.Events.ShouldHaveSingleItem();
        e.Kind.ShouldBe(EventKind.Meeting);
        Text.Substring(e.Evidence.Start, e.Evidence.Length).ShouldBe("Atamkulov met with Ms. Gísladóttir");
    }

    [Theory]
    [InlineData("""{ "kind": "meet", "occurred": "2019", "actors": ["A"], "evidence": "met with" }""", "events[0].kind", "'meet' is not one of")]
    [InlineData("""{ "kind": "meeting", "occurred": "May 2019", "actors": ["A"], "evidence": "met with" }""", "events[0].occurred", "is not a date")]
    [InlineData("""{ "kind": "meeting", "occurred": "2019", "actors": ["A"], "evidence": "shook hands" }""", "events[0].evidence", "not found in the document")]
    [InlineData("""{ "kind": "meeting", "occurred": "2019", "actors": [], "evidence": "met with" }""", "events[0].actors", "at least one")]
    [InlineData("""{ "kind": "commitment_assessed", "occurred": "2019", "actors": ["A"], "commitment": "c", "status": "done", "evidence": "met with" }""", "events[0].status", "'done' is not one of")]
    [InlineData("""{ "kind": "commitment_made", "occurred": "2019", "actors": ["A"], "evidence": "met with" }""", "events[0].commitment", "is required")]
    [InlineData("""{ "kind": "visit", "occurred": "2019", "actors": ["A"], "status": "met", "evidence": "met with" }""", "events[0].commitment", "only commitment_made")]
    public void a_bad_field_stops_the_file_and_names_the_file_and_the_field(string badEvent, string field, string message)
    {
        var rejected = Should.Throw<ScriptRejectedException>(() =>
            EventScript.Read("x.events.json", Script($"{GoodEvent}, {badEvent}".Replace("events[0]", "", StringComparison.Ordinal)), "x", Text));

        var problem = rejected.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe("x.events.json");
        problem.Field.ShouldBe(field.Replace("events[0]", "events[1]", StringComparison.Ordinal));
        problem.Message.ShouldContain(message);
        rejected.Message.ShouldContain($"x.events.json: {problem.Field}");
    }

    [Fact]
    public void bad_json_is_refused_with_its_line()
    {
        var rejected = Should.Throw<ScriptRejectedException>(() => EventScript.Read("x.events.json", "{ \"document\": \n  { ,", "x", Text));

        rejected.Problems.ShouldHaveSingleItem().Field.ShouldStartWith("line 2");
    }
}
